package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

/** How the approval tables' rows read as records; the document columns every query of documents selects. */
final class DocumentRows {

    static final String DOCUMENT_COLUMNS = """
            d.id, d.form_type, d.department_code, d.drafter, d.status, d.version, d.revision, d.number, d.title, d.body,
            d.disclosure, d.non_disclosure_item, d.retention, d.keywords, d.held_by, d.delegated_rank,
            d.delegated_approver, d.created_at, d.updated_at, d.submitted_at, d.completed_at, d.published_at""";

    private DocumentRows() {}

    static ApprovalDocument document(Readable row) {
        String rank = row.get("delegated_rank", String.class);
        return new ApprovalDocument(
                row.get("id", Long.class),
                FormType.valueOf(row.get("form_type", String.class)),
                row.get("department_code", String.class),
                row.get("drafter", String.class),
                DocumentStatus.valueOf(row.get("status", String.class)),
                row.get("version", Integer.class),
                row.get("revision", Long.class),
                row.get("number", String.class),
                row.get("title", String.class),
                row.get("body", String.class),
                DisclosureLevel.valueOf(row.get("disclosure", String.class)),
                item(row),
                Retention.valueOf(row.get("retention", String.class)),
                keywords(row),
                row.get("held_by", String.class),
                rank == null ? null : Rank.valueOf(rank),
                row.get("delegated_approver", String.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class),
                row.get("submitted_at", Instant.class),
                row.get("completed_at", Instant.class),
                row.get("published_at", Instant.class));
    }

    static ApprovalStep step(Readable row) {
        return new ApprovalStep(
                row.get("position", Integer.class),
                row.get("seq", Integer.class),
                StepKind.valueOf(row.get("kind", String.class)),
                row.get("approver", String.class),
                StepState.valueOf(row.get("state", String.class)),
                row.get("acted_by", String.class),
                row.get("acted_at", Instant.class),
                row.get("comment", String.class));
    }

    static AttachmentInfo attachment(Readable row) {
        return new AttachmentInfo(
                row.get("id", Long.class),
                row.get("document_id", Long.class),
                row.get("version", Integer.class),
                row.get("filename", String.class),
                AttachmentType.valueOf(row.get("type", String.class)),
                row.get("size", Long.class),
                row.get("sha256", String.class),
                row.get("uploaded_by", String.class),
                row.get("uploaded_at", Instant.class));
    }

    static @Nullable Integer item(Readable row) {
        return Optional.ofNullable(row.get("non_disclosure_item", Short.class))
                .map(Short::intValue)
                .orElse(null);
    }

    static List<String> keywords(Readable row) {
        String text = row.get("keywords", String.class);
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
