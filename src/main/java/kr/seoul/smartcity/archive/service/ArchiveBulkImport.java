package kr.seoul.smartcity.archive.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveFileChecksums;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Bulk import into the archive: a metadata CSV (UTF-8, with or without BOM) with one row per item, and the files it
 * names, from a folder or a ZIP archive. The CSV is read row by row and each row's files are read only while that row
 * is imported, so a large folder never sits in memory. Every row is checked on its own and stored through
 * {@link ArchiveService#add} in one transaction: a bad row is reported with the reason and the others go on, and a
 * row is either stored whole or not at all.
 *
 * <p>Columns (header names, any order, case-insensitive): {@code file} (one or more files separated by {@code ;},
 * relative to the CSV), {@code title}, {@code type}, {@code department}, {@code producer}, {@code issued_on}
 * (yyyy-MM-dd or yyyy.MM.dd), {@code language} (ko, en), {@code disclosure} (PUBLIC, INTERNAL, RESTRICTED), and
 * optional {@code tags} (separated by {@code ;}), {@code summary} and {@code restricted_roles} (separated by
 * {@code ;}).
 */
@Service
public class ArchiveBulkImport {

    private static final Logger log = LoggerFactory.getLogger(ArchiveBulkImport.class);

    static final List<String> REQUIRED =
            List.of("file", "title", "type", "department", "producer", "issued_on", "language", "disclosure");
    static final List<String> OPTIONAL = List.of("tags", "summary", "restricted_roles");
    /** All columns, in the order the documentation gives them. */
    public static final List<String> COLUMNS = List.of(
            "file",
            "title",
            "type",
            "department",
            "producer",
            "issued_on",
            "tags",
            "language",
            "disclosure",
            "summary",
            "restricted_roles");

    private final ArchiveService archive;
    private final ArchiveFileChecksums checksums;
    private final DirectoryService directory;
    private final ArchiveProperties properties;

    ArchiveBulkImport(
            ArchiveService archive,
            ArchiveFileChecksums checksums,
            DirectoryService directory,
            ArchiveProperties properties) {
        this.archive = archive;
        this.checksums = checksums;
        this.directory = directory;
        this.properties = properties;
    }

    /**
     * Imports the files of a folder as {@code csv} describes them.
     *
     * @param csv the metadata; null for {@code metadata.csv} in the folder
     */
    public ArchiveImportReport importFolder(
            Path folder, Path csv, ArchiveEditor importedBy, Consumer<ArchiveImportReport.Row> progress) {
        Path metadata = csv == null ? folder.resolve(ZipFiles.METADATA) : csv;
        if (!folder.toFile().isDirectory()) {
            return ArchiveImportReport.refused("The folder " + folder + " does not exist");
        }
        try (FolderFiles files = new FolderFiles(folder, metadata)) {
            if (files.metadata().isEmpty()) {
                return ArchiveImportReport.refused("The metadata file " + metadata + " does not exist");
            }
            return run(files, importedBy, progress);
        } catch (IOException e) {
            return ArchiveImportReport.refused("The folder could not be read: " + e.getMessage());
        }
    }

    /** Imports a ZIP archive holding {@code metadata.csv} and the files it names. */
    public ArchiveImportReport importZip(
            Path zip, ArchiveEditor importedBy, Consumer<ArchiveImportReport.Row> progress) {
        try (ZipFiles files = new ZipFiles(zip)) {
            if (files.metadata().isEmpty()) {
                return ArchiveImportReport.refused(
                        "The ZIP archive holds no " + ZipFiles.METADATA + " (at its top or in its one top folder)");
            }
            return run(files, importedBy, progress);
        } catch (IOException e) {
            return ArchiveImportReport.refused(e.getMessage());
        }
    }

    private ArchiveImportReport run(
            ImportFiles files, ArchiveEditor importedBy, Consumer<ArchiveImportReport.Row> progress)
            throws IOException {
        ImportFiles.Found metadata = files.metadata().orElseThrow();
        try (InputStream in = metadata.open();
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            CsvRecords csv = new CsvRecords(reader);
            CsvRecords.Record header = csv.next();
            if (header == null || header.blank()) {
                return ArchiveImportReport.refused("The metadata file is empty; its first line names the columns: "
                        + String.join(",", REQUIRED) + " (and optionally " + String.join(",", OPTIONAL) + ")");
            }
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.values().size(); i++) {
                String name =
                        header.values().get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                    return ArchiveImportReport.refused(
                            "Unknown column \"" + header.values().get(i) + "\"; the columns are "
                                    + String.join(", ", REQUIRED) + " and optionally " + String.join(", ", OPTIONAL));
                }
                if (columns.putIfAbsent(name, i) != null) {
                    return ArchiveImportReport.refused("The column " + name + " appears twice");
                }
            }
            List<String> missing =
                    REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                return ArchiveImportReport.refused(
                        "The metadata file lacks the column(s) " + String.join(", ", missing));
            }
            Set<String> departments =
                    directory.departments().stream().map(Department::code).collect(Collectors.toSet());
            List<ArchiveImportReport.Row> rows = new ArrayList<>();
            while (true) {
                CsvRecords.Record record;
                try {
                    record = csv.next();
                } catch (IllegalArgumentException broken) {
                    rows.add(ArchiveImportReport.Row.failed(
                            0, "", broken.getMessage() + "; the rest of the file was not read"));
                    break;
                } catch (UncheckedIOException unreadable) {
                    rows.add(ArchiveImportReport.Row.failed(
                            0,
                            "",
                            unreadable.getCause() instanceof CharacterCodingException
                                    ? "The metadata file is not UTF-8 text from here on; save it as UTF-8 (CSV UTF-8 in Excel)"
                                    : "The metadata file could not be read further: " + unreadable.getMessage()));
                    break;
                }
                if (record == null) {
                    break;
                }
                if (record.blank()) {
                    continue;
                }
                ArchiveImportReport.Row row =
                        importRow(record, columns, header.values().size(), files, departments, importedBy);
                rows.add(row);
                progress.accept(row);
            }
            if (rows.isEmpty()) {
                return ArchiveImportReport.refused("The metadata file has a header but no rows");
            }
            ArchiveImportReport report = new ArchiveImportReport(rows, null);
            log.info(
                    "Archive import by {}: {} rows, {} imported, {} failed",
                    importedBy.name(),
                    rows.size(),
                    report.imported(),
                    report.failed());
            return report;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                return ArchiveImportReport.refused(
                        "The metadata file is not UTF-8 text; save it as UTF-8 (CSV UTF-8 in Excel)");
            }
            throw e.getCause();
        }
    }

    private ArchiveImportReport.Row importRow(
            CsvRecords.Record record,
            Map<String, Integer> columns,
            int width,
            ImportFiles files,
            Set<String> departments,
            ArchiveEditor importedBy) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((name, index) -> values.put(
                name,
                index < record.values().size() ? record.values().get(index).strip() : ""));
        String fileColumn = values.get("file");
        if (record.values().size() != width) {
            return ArchiveImportReport.Row.failed(
                    record.line(),
                    fileColumn,
                    "The row has " + record.values().size() + " values but the header has " + width
                            + " columns (a comma inside a value needs \"quotes\")");
        }
        List<String> problems = new ArrayList<>();
        ArchiveItemType type = parse(values.get("type"), "type", problems, ArchiveBulkImport::type);
        ArchiveLanguage language = parse(values.get("language"), "language", problems, ArchiveLanguage::ofCode);
        DisclosureClass disclosure =
                parse(values.get("disclosure"), "disclosure", problems, ArchiveBulkImport::disclosure);
        LocalDate issuedOn = parse(values.get("issued_on"), "issued_on", problems, ArchiveBulkImport::date);
        String department = values.get("department").toUpperCase(Locale.ROOT);
        // an installation whose directory lists no departments yet takes the codes as written
        if (!department.isEmpty() && !departments.isEmpty() && !departments.contains(department)) {
            problems.add("Unknown department " + values.get("department") + "; known are "
                    + departments.stream().sorted().collect(Collectors.joining(", ")));
        }
        List<Role> roles = parse(
                values.getOrDefault("restricted_roles", ""), "restricted_roles", problems, ArchiveBulkImport::roles);
        for (String required : List.of("title", "department", "producer")) {
            if (values.get(required).isEmpty()) {
                problems.add("The " + required + " is empty");
            }
        }
        List<NewFile> newFiles = new ArrayList<>();
        List<String> names = split(fileColumn);
        if (names.isEmpty()) {
            problems.add("No file is named");
        }
        if (problems.isEmpty()) {
            for (String name : names) {
                read(files, name, problems).ifPresent(newFiles::add);
            }
        }
        if (problems.isEmpty()) {
            for (NewFile file : newFiles) {
                checksums
                        .itemWith(ArchiveService.sha256(file.content()))
                        .ifPresent(item -> problems.add(
                                "The file " + file.fileName() + " is already in the archive (item " + item + ")"));
            }
        }
        if (!problems.isEmpty()) {
            return ArchiveImportReport.Row.failed(record.line(), fileColumn, String.join("; ", problems));
        }
        try {
            long id = archive.add(
                            importedBy,
                            new ArchiveDraft(
                                    values.get("title"),
                                    type,
                                    department,
                                    values.get("producer"),
                                    issuedOn,
                                    split(values.getOrDefault("tags", "")),
                                    language,
                                    disclosure,
                                    roles == null ? List.of() : roles,
                                    values.getOrDefault("summary", "")),
                            newFiles)
                    .id();
            return ArchiveImportReport.Row.imported(record.line(), fileColumn, id);
        } catch (InvalidArchiveItemException invalid) {
            return ArchiveImportReport.Row.failed(record.line(), fileColumn, invalid.getMessage());
        } catch (RuntimeException e) {
            log.warn("Archive import: row {} could not be stored", record.line(), e);
            return ArchiveImportReport.Row.failed(
                    record.line(),
                    fileColumn,
                    "Could not be stored (" + e.getMessage() + "); nothing of this row was kept, try it again");
        }
    }

    private Optional<NewFile> read(ImportFiles files, String name, List<String> problems) {
        try {
            Optional<ImportFiles.Found> found = files.find(name);
            if (found.isEmpty()) {
                problems.add("The file " + name + " is not in the import");
                return Optional.empty();
            }
            long max = properties.maxFileSize().toBytes();
            if (found.get().size() > max) {
                problems.add("The file " + name + " is " + megabytes(found.get().size()) + "; the limit is "
                        + megabytes(max));
                return Optional.empty();
            }
            byte[] content;
            try (InputStream in = found.get().open()) {
                content = ImportFiles.readAtMost(in, max);
            }
            if (content.length > max) {
                problems.add("The file " + name + " is larger than the limit of " + megabytes(max));
                return Optional.empty();
            }
            String fileName = name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
            return Optional.of(new NewFile(fileName, content));
        } catch (IllegalArgumentException refused) {
            problems.add(refused.getMessage());
        } catch (IOException e) {
            problems.add("The file " + name + " could not be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private static <T> T parse(String value, String column, List<String> problems, Parser<T> parser) {
        if (value.isEmpty() && !column.equals("restricted_roles")) {
            problems.add("The " + column + " is empty");
            return null;
        }
        try {
            return parser.parse(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    static ArchiveItemType type(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(ArchiveItemType.values())
                .filter(type -> type.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown type " + value + "; known are "
                        + Arrays.stream(ArchiveItemType.values())
                                .map(Enum::name)
                                .collect(Collectors.joining(", "))));
    }

    static DisclosureClass disclosure(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DisclosureClass.values())
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown disclosure " + value + "; known are PUBLIC, INTERNAL, RESTRICTED"));
    }

    static LocalDate date(String value) {
        String iso = value.strip().replace('.', '-').replace('/', '-');
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("The issue date " + value + " is not a date like 2024-05-31");
        }
    }

    static List<Role> roles(String value) {
        List<Role> roles = new ArrayList<>();
        for (String name : split(value)) {
            String upper = name.toUpperCase(Locale.ROOT);
            roles.add(Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(upper))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown role " + name
                            + " in restricted_roles; known are "
                            + Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return roles;
    }

    private static List<String> split(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(";"))
                        .map(String::strip)
                        .filter(part -> !part.isEmpty())
                        .toList();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
