package kr.seoul.smartcity.archive.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;
import kr.seoul.smartcity.archive.domain.FileContent;
import kr.seoul.smartcity.archive.domain.StoredFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * Archive items in PostgreSQL, the source of truth: stores them with their files (checked, checksummed, their text
 * extracted) and queues them for the search index in the same transaction.
 */
@Service
public class ArchiveService {

    /** Accepted media types and how a user calls them. */
    static final Map<String, String> ACCEPTED_TYPES = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("text/plain", "TXT"),
            Map.entry("application/x-hwp-v5", "HWP"),
            Map.entry("application/x-hwp", "HWP"),
            Map.entry("application/hwp+zip", "HWPX"));

    private static final String ACCEPTED = "PDF, DOCX, XLSX, PPTX, HTML, TXT, HWP, HWPX";

    private final ArchiveStore store;
    private final TextExtractor extractor;
    private final ArchiveAccess access;
    private final ArchiveProperties properties;
    private final Clock clock;

    ArchiveService(
            ArchiveStore store,
            TextExtractor extractor,
            ArchiveAccess access,
            ArchiveProperties properties,
            Clock clock) {
        this.store = store;
        this.extractor = extractor;
        this.access = access;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Stores an item with its files.
     *
     * @throws InvalidArchiveItemException if the editor may not add items of its department, the metadata is
     *                                     incomplete or a file is too large or of a type not accepted
     */
    public ArchiveItem add(ArchiveEditor editor, ArchiveDraft draft, List<NewFile> files) {
        ArchiveDraft clean = validate(draft);
        requireManages(editor, clean.departmentCode());
        List<StoredFile> stored = files.stream().map(this::prepare).toList();
        return store.insert(clean, stored, editor.name(), clock.instant());
    }

    /**
     * Stores an item produced from another feature's record (such as {@code approval:42}) unless it was stored
     * before; safe to call from every app instance at once.
     *
     * @return the new item, or empty if the source is archived already
     */
    public Optional<ArchiveItem> addFromSource(
            String source, ArchiveDraft draft, List<NewFile> files, String createdBy) {
        if (store.hasSource(source)) {
            return Optional.empty();
        }
        ArchiveDraft clean = validate(draft);
        List<StoredFile> stored = files.stream().map(this::prepare).toList();
        return store.insertFromSource(source, clean, stored, createdBy, clock.instant());
    }

    /** Whether an item produced from the source is stored. */
    public boolean isArchived(String source) {
        return store.hasSource(source);
    }

    /** Adds a file to an item. */
    public void addFile(ArchiveEditor editor, long itemId, NewFile file) {
        requireManages(editor, existing(itemId).departmentCode());
        store.addFile(itemId, prepare(file), clock.instant());
    }

    /** Replaces an item's metadata; a change of department needs the right to manage both. */
    public ArchiveItem update(ArchiveEditor editor, long id, ArchiveDraft draft) {
        ArchiveDraft clean = validate(draft);
        requireManages(editor, existing(id).departmentCode());
        requireManages(editor, clean.departmentCode());
        return store.update(id, clean, clock.instant())
                .orElseThrow(() -> new InvalidArchiveItemException("There is no archive item " + id));
    }

    /** Deletes an item and its files; the index follows. */
    public boolean delete(ArchiveEditor editor, long id) {
        Optional<ArchiveItem> item = store.find(id);
        if (item.isEmpty()) {
            return false;
        }
        requireManages(editor, item.get().departmentCode());
        return store.delete(id);
    }

    private ArchiveItem existing(long id) {
        return store.find(id).orElseThrow(() -> new InvalidArchiveItemException("There is no archive item " + id));
    }

    private static void requireManages(ArchiveEditor editor, String department) {
        if (!editor.mayManage(department)) {
            throw new InvalidArchiveItemException(editor.name() + " may not manage archive items of " + department
                    + ": administrators manage every item, officials those of their own department");
        }
    }

    /** The item with its files, if the viewer may see it. */
    public Optional<ArchiveItemDetails> find(Viewer viewer, long id) {
        return store.find(id)
                .filter(item -> access.canSee(viewer, item))
                .map(item -> new ArchiveItemDetails(item, store.files(item.id())));
    }

    /** The item's text (title, catalogue summary, the text of its files), if the viewer may see it. */
    public Optional<ArchiveItemText> text(Viewer viewer, long id) {
        return store.find(id)
                .filter(item -> access.canSee(viewer, item))
                .map(item -> new ArchiveItemText(
                        item.id(),
                        item.title(),
                        item.summary(),
                        java.util.Objects.requireNonNullElse(
                                store.extractedText(List.of(item.id())).get(item.id()), "")));
    }

    /** A file's bytes, if the viewer may see its item. */
    public Optional<FileContent> file(Viewer viewer, long itemId, long fileId) {
        return store.find(itemId)
                .filter(item -> access.canSee(viewer, item))
                .flatMap(item -> store.fileContent(itemId, fileId));
    }

    /** Items stored, whatever their class (for demo data and operators). */
    public long count() {
        return store.count();
    }

    StoredFile prepare(NewFile file) {
        String cleaned = PlainText.clean(file.fileName());
        String name =
                cleaned == null || cleaned.isBlank() ? "file" : cleaned.strip().replaceAll("[/\\\\]", "_");
        if (file.content() == null || file.content().length == 0) {
            throw new InvalidArchiveItemException("File " + name + " is empty");
        }
        long max = properties.maxFileSize().toBytes();
        if (file.content().length > max) {
            throw new InvalidArchiveItemException(
                    "File " + name + " is " + megabytes(file.content().length) + "; the limit is " + megabytes(max));
        }
        String type = extractor
                .detectType(file.content(), name)
                .replaceFirst(";.*", "")
                .strip();
        if (name.toLowerCase(Locale.ROOT).endsWith(".hwpx") && type.equals("application/zip")) {
            type = "application/hwp+zip";
        }
        if (!ACCEPTED_TYPES.containsKey(type)) {
            throw new InvalidArchiveItemException(
                    "File " + name + " is of type " + type + "; accepted are " + ACCEPTED);
        }
        TextExtractor.Extraction extraction = extractor.extract(file.content(), name);
        return new StoredFile(
                name,
                type,
                file.content(),
                sha256(file.content()),
                extraction.text(),
                extraction.succeeded() ? ExtractionStatus.OK : ExtractionStatus.FAILED,
                extraction.error());
    }

    private static ArchiveDraft validate(ArchiveDraft written) {
        ArchiveDraft draft = written.cleaned();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidArchiveItemException("A title is required");
        }
        if (title.length() > ArchiveDraft.MAX_TITLE) {
            throw new InvalidArchiveItemException("The title is longer than " + ArchiveDraft.MAX_TITLE + " characters");
        }
        if (draft.type() == null
                || draft.language() == null
                || draft.disclosure() == null
                || draft.issuedOn() == null) {
            throw new InvalidArchiveItemException("Type, language, disclosure class and issue date are required");
        }
        if (draft.departmentCode() == null || draft.departmentCode().isBlank()) {
            throw new InvalidArchiveItemException("The owning department is required");
        }
        if (draft.producer() == null || draft.producer().isBlank()) {
            throw new InvalidArchiveItemException("The producer is required");
        }
        String summary = draft.summary() == null ? "" : draft.summary().strip();
        if (summary.length() > ArchiveDraft.MAX_SUMMARY) {
            throw new InvalidArchiveItemException(
                    "The summary is longer than " + ArchiveDraft.MAX_SUMMARY + " characters");
        }
        List<String> tags = draft.tags() == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(draft.tags().stream()
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList()));
        if (tags.size() > ArchiveDraft.MAX_TAGS) {
            throw new InvalidArchiveItemException("At most " + ArchiveDraft.MAX_TAGS + " tags");
        }
        return new ArchiveDraft(
                title,
                draft.type(),
                draft.departmentCode().strip(),
                draft.producer().strip(),
                draft.issuedOn(),
                tags,
                draft.language(),
                draft.disclosure(),
                draft.disclosure() == DisclosureClass.RESTRICTED && draft.restrictedRoles() != null
                        ? List.copyOf(new LinkedHashSet<>(draft.restrictedRoles()))
                        : List.of(),
                summary);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
