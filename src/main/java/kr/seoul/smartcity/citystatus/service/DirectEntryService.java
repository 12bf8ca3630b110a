package kr.seoul.smartcity.citystatus.service;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Direct entry ("Manage Site"): officials of the department that owns an indicator enter or correct its values,
 * one at a time or as a CSV file. A file with any bad line is refused whole, each bad line reported.
 * <p>
 * CSV columns: {@code indicator,district,observed_at,value}; district is a five-digit code, a district name, or empty
 * for the whole city; observed_at is {@code yyyy-MM-dd HH:mm} in Seoul time or an ISO-8601 timestamp.
 */
@Service
public class DirectEntryService {

    public static final long MAX_UPLOAD_BYTES = 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final IndicatorCatalog catalog;
    private final ObservationIngest ingest;

    DirectEntryService(IndicatorCatalog catalog, ObservationIngest ingest) {
        this.catalog = catalog;
        this.ingest = ingest;
    }

    /** The indicators this member of staff may enter values for: their department's; all for administrators. */
    public List<Indicator> editableBy(Viewer viewer) {
        return catalog.all().stream()
                .filter(indicator -> mayEdit(viewer, indicator))
                .toList();
    }

    public void enter(Viewer viewer, String who, ObservationInput input) {
        Indicator indicator = catalog.find(input.indicatorCode())
                .orElseThrow(() -> new InvalidObservationException("Unknown indicator " + input.indicatorCode()));
        if (!mayEdit(viewer, indicator)) {
            throw new InvalidObservationException(
                    "Only " + indicator.owningDepartment() + " enters " + indicator.code());
        }
        ingest.record(List.of(input), Origin.MANUAL, who);
    }

    /**
     * Imports a CSV file: every line or none.
     *
     * @return the number of values imported
     * @throws CsvImportException listing every bad line
     */
    public int importCsv(Reader csv, Viewer viewer, String who) {
        List<ObservationInput> inputs = new ArrayList<>();
        List<CsvRowError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            List<String> missing = List.of("indicator", "district", "observed_at", "value").stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .toList();
            if (!missing.isEmpty()) {
                throw new CsvImportException(List.of(new CsvRowError(
                        1,
                        "Missing column(s): " + String.join(", ", missing)
                                + " (expected indicator,district,observed_at,value)")));
            }
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (inputs.size() + errors.size() >= MAX_ROWS) {
                    errors.add(new CsvRowError(line, "More than " + MAX_ROWS + " lines; split the file"));
                    break;
                }
                Optional<String> problem = problem(row, viewer);
                if (problem.isPresent()) {
                    errors.add(new CsvRowError(line, problem.get()));
                } else {
                    inputs.add(parse(row));
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // the CSV reader's own complaint (an unclosed quote, a broken line) says which line
            if (e instanceof CsvImportException refused) {
                throw refused;
            }
            errors.add(new CsvRowError(0, "Not a readable CSV file: " + e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
        }
        if (inputs.isEmpty()) {
            throw new CsvImportException(List.of(new CsvRowError(1, "The file has no values")));
        }
        ingest.record(inputs, Origin.MANUAL, who);
        return inputs.size();
    }

    private static ObservationInput parse(CSVRecord row) {
        return new ObservationInput(
                row.get("indicator"),
                district(row.get("district")).orElse(null),
                time(row.get("observed_at")).orElseThrow(),
                Double.parseDouble(row.get("value")));
    }

    /** What is wrong with a line, if anything, in words an official understands. */
    private Optional<String> problem(CSVRecord row, Viewer viewer) {
        if (!row.isConsistent()) {
            return Optional.of("Expected 4 values, found " + row.size());
        }
        Optional<Indicator> indicator = catalog.find(row.get("indicator"));
        if (indicator.isEmpty()) {
            return Optional.of("Unknown indicator '" + row.get("indicator") + "'");
        }
        if (!mayEdit(viewer, indicator.get())) {
            return Optional.of("Your department does not own " + indicator.get().code());
        }
        String districtText = row.get("district");
        if (!districtText.isEmpty() && district(districtText).isEmpty()) {
            return Optional.of("Unknown district '" + districtText + "'");
        }
        if (!districtText.isEmpty() && !indicator.get().perDistrict()) {
            return Optional.of(indicator.get().code() + " is measured for the whole city only: leave district empty");
        }
        if (time(row.get("observed_at")).isEmpty()) {
            return Optional.of("Unreadable time '" + row.get("observed_at") + "' (use yyyy-MM-dd HH:mm)");
        }
        try {
            double value = Double.parseDouble(row.get("value"));
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Optional.of("Not a number: '" + row.get("value") + "'");
            }
        } catch (NumberFormatException e) {
            return Optional.of("Not a number: '" + row.get("value") + "'");
        }
        return Optional.empty();
    }

    private static Optional<String> district(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return SeoulDistrict.byCode(text).or(() -> SeoulDistrict.byName(text)).map(SeoulDistrict::code);
    }

    private static Optional<Instant> time(String text) {
        try {
            return Optional.of(
                    LocalDateTime.parse(text, LOCAL).atZone(Seoul.ZONE).toInstant());
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException notOffset) {
                return Optional.empty();
            }
        }
    }

    private static boolean mayEdit(Viewer viewer, Indicator indicator) {
        return viewer.role() == Role.ADMIN
                || (viewer.role() != null && indicator.owningDepartment().equals(viewer.departmentCode()));
    }
}
