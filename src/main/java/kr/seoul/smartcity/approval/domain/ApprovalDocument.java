package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A document in its current version. {@code revision} grows with every change; {@code delegatedRank} and
 * {@code delegatedApprover} record 전결.
 */
@NamedInterface("model")
public record ApprovalDocument(
        @Nullable Long id,
        FormType form,
        String departmentCode,
        String drafter,
        DocumentStatus status,
        int version,
        long revision,
        @Nullable String number,
        String title,
        String body,
        DisclosureLevel disclosure,
        @Nullable Integer nonDisclosureItem,
        Retention retention,
        List<String> keywords,
        @Nullable String heldBy,
        @Nullable Rank delegatedRank,
        @Nullable String delegatedApprover,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant completedAt,
        @Nullable Instant publishedAt) {

    public ApprovalDocument {
        keywords = List.copyOf(keywords);
    }

    public DocumentContent content() {
        return new DocumentContent(version, form, title, body, disclosure, nonDisclosureItem, retention, keywords);
    }

    public ApprovalDocument withContent(DocumentContent c) {
        return new ApprovalDocument(
                id,
                c.form(),
                departmentCode,
                drafter,
                status,
                c.version(),
                revision,
                number,
                c.title(),
                c.body(),
                c.disclosure(),
                c.nonDisclosureItem(),
                c.retention(),
                c.keywords(),
                heldBy,
                delegatedRank,
                delegatedApprover,
                createdAt,
                updatedAt,
                submittedAt,
                completedAt,
                publishedAt);
    }

    public ApprovalDocument withState(DocumentStatus newStatus, @Nullable String newHeldBy, Instant at) {
        return new ApprovalDocument(
                id,
                form,
                departmentCode,
                drafter,
                newStatus,
                version,
                revision,
                number,
                title,
                body,
                disclosure,
                nonDisclosureItem,
                retention,
                keywords,
                newHeldBy,
                delegatedRank,
                delegatedApprover,
                createdAt,
                at,
                submittedAt,
                completedAt,
                publishedAt);
    }

    public ApprovalDocument submitted(String newNumber, @Nullable Rank rank, @Nullable String approver, Instant at) {
        return new ApprovalDocument(
                id,
                form,
                departmentCode,
                drafter,
                status,
                version,
                revision,
                newNumber,
                title,
                body,
                disclosure,
                nonDisclosureItem,
                retention,
                keywords,
                heldBy,
                rank,
                approver,
                createdAt,
                at,
                at,
                null,
                null);
    }

    public ApprovalDocument completed(Instant at, boolean publish) {
        return new ApprovalDocument(
                id,
                form,
                departmentCode,
                drafter,
                status,
                version,
                revision,
                number,
                title,
                body,
                disclosure,
                nonDisclosureItem,
                retention,
                keywords,
                heldBy,
                delegatedRank,
                delegatedApprover,
                createdAt,
                updatedAt,
                submittedAt,
                at,
                publish ? at : null);
    }
}
