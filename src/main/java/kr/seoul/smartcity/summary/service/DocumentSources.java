package kr.seoul.smartcity.summary.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.archive.service.ArchiveItemText;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The text of documents from e-approval and the archive, through their services and so only when the reader may
 * read them.
 */
@Component
class DocumentSources {

    private final ApprovalService approval;
    private final ArchiveService archive;
    private final PassageSplitter splitter;

    DocumentSources(ApprovalService approval, ArchiveService archive, PassageSplitter splitter) {
        this.approval = approval;
        this.archive = archive;
        this.splitter = splitter;
    }

    Optional<SourceDocument> find(@Nullable String username, Viewer viewer, DocumentRef ref) {
        return switch (ref.source()) {
            case DocumentRef.APPROVAL ->
                username == null
                        ? Optional.empty()
                        : approval.find(username, ref.id())
                                .map(view -> document(
                                        ref.key(),
                                        view.document().title(),
                                        List.of(new PassageSplitter.Part(
                                                "", view.document().body()))));
            case DocumentRef.ARCHIVE ->
                archive.text(viewer, ref.id())
                        .map(item -> document(
                                ref.key(), item.title(), List.of(new PassageSplitter.Part("", archiveText(item)))));
            default -> Optional.empty();
        };
    }

    /** The archive items among {@code ids} that the viewer may read, as one text with a heading per item. */
    Optional<SourceDocument> archiveResults(Viewer viewer, String title, List<Long> ids) {
        List<PassageSplitter.Part> parts = new ArrayList<>();
        for (long id : ids) {
            archive.text(viewer, id)
                    .ifPresent(item -> parts.add(new PassageSplitter.Part(item.title(), archiveText(item))));
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String key = "results:" + sha256(ids.toString()).substring(0, 40);
        return Optional.of(document(key, title, parts));
    }

    private static String archiveText(ArchiveItemText item) {
        return item.text().isBlank() ? item.summary() : item.text();
    }

    private SourceDocument document(String source, String title, List<PassageSplitter.Part> parts) {
        StringBuilder all = new StringBuilder(title);
        parts.forEach(part ->
                all.append('\u0000').append(part.heading()).append('\u0000').append(part.text()));
        return new SourceDocument(source, title, sha256(all.toString()), splitter.split(parts));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
