package kr.seoul.smartcity.approval.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalSettingsStore;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.ApprovalStore;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.AttachmentStore;
import kr.seoul.smartcity.approval.domain.AttachmentType;
import kr.seoul.smartcity.approval.domain.DelegatedApproval;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.domain.StateChange;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Drafting: 임시저장, 상신 (with 전결 and the document number), 재기안 and attachments of unsubmitted documents. */
@Service
class DocumentDrafting {

    private final ApprovalStore store;
    private final ApprovalSettingsStore settings;
    private final AttachmentStore attachments;
    private final DirectoryService directory;
    private final ApprovalSupport support;

    DocumentDrafting(
            ApprovalStore store,
            ApprovalSettingsStore settings,
            AttachmentStore attachments,
            DirectoryService directory,
            ApprovalSupport support) {
        this.store = store;
        this.settings = settings;
        this.attachments = attachments;
        this.directory = directory;
        this.support = support;
    }

    /**
     * Saves an unsubmitted document (임시저장, also for auto-save): a new one when {@code documentId} is null, else
     * the drafter's draft at the given revision. An incomplete line is allowed until submission.
     */
    public DocumentView saveDraft(
            Actor actor, @Nullable Long documentId, long expectedRevision, DocumentDraft written) {
        DocumentDraft draft = written.cleaned();
        checkLengths(draft);
        List<ApprovalStep> steps = ApprovalCase.line(actor.username(), draft.line(), false);
        Instant now = support.now();
        if (documentId == null) {
            String department = department(actor.username(), draft);
            ApprovalDocument fresh = new ApprovalDocument(
                    null,
                    draft.form(),
                    department,
                    actor.username(),
                    DocumentStatus.DRAFT,
                    1,
                    0,
                    null,
                    draft.title().strip(),
                    body(draft),
                    draft.disclosure(),
                    item(draft),
                    draft.retention(),
                    draft.keywords(),
                    null,
                    null,
                    null,
                    now,
                    now,
                    null,
                    null,
                    null);
            long id = store.create(
                    fresh,
                    steps,
                    draft.recipients(),
                    newId -> support.audit(
                            actor, null, "CREATE", newId, 1, null, draft.title().strip()));
            support.publish(id, "CREATE", List.of(actor.username()));
            return support.view(actor.username(), support.load(id));
        }
        ApprovalDocument doc = support.current(documentId, expectedRevision);
        support.caseOf(doc).apply(ApprovalAction.EDIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        ApprovalDocument edited = new ApprovalDocument(
                doc.id(),
                draft.form(),
                department(actor.username(), draft),
                doc.drafter(),
                doc.status(),
                doc.version(),
                doc.revision(),
                doc.number(),
                draft.title().strip(),
                body(draft),
                draft.disclosure(),
                item(draft),
                draft.retention(),
                draft.keywords(),
                null,
                null,
                null,
                doc.createdAt(),
                now,
                null,
                null,
                null);
        store.rewrite(
                new StateChange(edited, steps, support.audit(actor, null, "EDIT", documentId, doc.version(), null, "")),
                expectedRevision,
                draft.recipients(),
                null);
        support.publish(documentId, "EDIT", List.of(actor.username()));
        return support.view(actor.username(), support.load(documentId));
    }

    /**
     * 상신: checks the document, builds the line (applying 전결), allocates the document number and sends it to the
     * first approver.
     *
     * @throws InvalidDocumentException if the title or the non-disclosure reason is missing
     * @throws ApprovalRefusedException if the line is incomplete, the actor is not the drafter or the revision is stale
     */
    public DocumentView submit(Actor actor, long documentId, long expectedRevision) {
        ApprovalDocument doc = support.current(documentId, expectedRevision);
        validateForSubmission(doc);
        List<ApprovalStep> line =
                ApprovalCase.line(doc.drafter(), ApprovalCase.entries(store.steps(documentId, doc.version())), true);
        Rank ruleRank = settings.ruleRank(doc.form()).orElse(Rank.MAYOR);
        DelegatedApproval.Applied applied = DelegatedApproval.apply(line, ruleRank, this::rank);
        Instant now = support.now();
        ApprovalCase.Result result = new ApprovalCase(doc.status(), doc.drafter(), applied.steps(), null)
                .apply(ApprovalAction.SUBMIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        int year = LocalDate.ofInstant(now, Seoul.ZONE).getYear();
        ApprovalStep endsAt = applied.endsAt();
        store.submit(
                doc.number(),
                doc.form(),
                year,
                expectedRevision,
                assigned -> new StateChange(
                        doc.withState(result.after().status(), null, now)
                                .submitted(
                                        assigned,
                                        endsAt == null ? null : ruleRank,
                                        endsAt == null ? null : endsAt.approver(),
                                        now),
                        result.after().steps(),
                        support.audit(
                                actor,
                                null,
                                "SUBMIT",
                                documentId,
                                doc.version(),
                                0,
                                assigned + (endsAt == null ? "" : " 전결 " + ruleRank + " " + endsAt.approver()))));
        support.publishChange(documentId, "SUBMIT", actor);
        return support.view(actor.username(), support.load(documentId));
    }

    /**
     * 재기안: the drafter rewrites a rejected document as its next version, kept as a draft until submitted again. The
     * previous version stays readable ({@link DocumentReading#compareVersions}).
     */
    public DocumentView redraft(Actor actor, long documentId, long expectedRevision, DocumentDraft written) {
        DocumentDraft draft = written.cleaned();
        checkLengths(draft);
        ApprovalDocument doc = support.current(documentId, expectedRevision);
        Instant now = support.now();
        support.caseOf(doc).apply(ApprovalAction.REDRAFT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        int version = doc.version() + 1;
        List<ApprovalStep> steps = ApprovalCase.line(doc.drafter(), draft.line(), false);
        ApprovalDocument next = new ApprovalDocument(
                doc.id(),
                draft.form(),
                doc.departmentCode(),
                doc.drafter(),
                DocumentStatus.DRAFT,
                version,
                doc.revision(),
                doc.number(),
                draft.title().strip(),
                body(draft),
                draft.disclosure(),
                item(draft),
                draft.retention(),
                draft.keywords(),
                null,
                null,
                null,
                doc.createdAt(),
                now,
                null,
                null,
                null);
        store.rewrite(
                new StateChange(
                        next,
                        steps,
                        support.audit(
                                actor, null, "REDRAFT", documentId, version, null, "from version " + doc.version())),
                expectedRevision,
                draft.recipients(),
                doc.content());
        support.publishChange(documentId, "REDRAFT", actor);
        return support.view(actor.username(), support.load(documentId));
    }

    /**
     * Attaches a file to the current version of the drafter's unsubmitted document.
     *
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException if the type, content or size is refused
     */
    public AttachmentInfo attach(Actor actor, long documentId, long expectedRevision, String filename, byte[] content) {
        ApprovalDocument doc = support.current(documentId, expectedRevision);
        Instant now = support.now();
        support.caseOf(doc).apply(ApprovalAction.EDIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        AttachmentType type = AttachmentCheck.check(filename, content);
        String sha256 = AttachmentCheck.sha256(content);
        long id = store.attach(
                doc.withState(doc.status(), null, now),
                expectedRevision,
                filename,
                type,
                content,
                sha256,
                actor.username(),
                now,
                support.audit(actor, null, "ATTACH", documentId, doc.version(), null, filename + " " + sha256));
        support.publish(documentId, "ATTACH", List.of(actor.username()));
        return attachments.attachment(id).orElseThrow();
    }

    private Rank rank(String username) {
        return settings.rank(username).orElse(Rank.STAFF);
    }

    private String department(String username, DocumentDraft draft) {
        if (draft.departmentCode() != null && !draft.departmentCode().isBlank()) {
            return draft.departmentCode();
        }
        return directory
                .findAccount(username)
                .map(UserAccount::departmentCode)
                .orElseThrow(() -> new InvalidDocumentException("approval.error.department-required"));
    }

    private static void checkLengths(DocumentDraft draft) {
        if (draft.form() == null || draft.disclosure() == null || draft.retention() == null) {
            throw new InvalidDocumentException("approval.error.class-required");
        }
        if (draft.title() != null && draft.title().strip().length() > DocumentDraft.MAX_TITLE) {
            throw new InvalidDocumentException("approval.error.title-too-long");
        }
        if (draft.body() != null && draft.body().length() > DocumentDraft.MAX_BODY) {
            throw new InvalidDocumentException("approval.error.body-too-long");
        }
        if (draft.nonDisclosureItem() != null && (draft.nonDisclosureItem() < 1 || draft.nonDisclosureItem() > 8)) {
            throw new InvalidDocumentException("approval.error.reason-required");
        }
    }

    private static void validateForSubmission(ApprovalDocument doc) {
        if (doc.title().isBlank()) {
            throw new InvalidDocumentException("approval.error.title-required");
        }
        if (doc.disclosure() != DisclosureLevel.PUBLIC && doc.nonDisclosureItem() == null) {
            throw new InvalidDocumentException("approval.error.reason-required");
        }
    }

    private static String body(DocumentDraft draft) {
        return draft.body() == null ? "" : draft.body();
    }

    private static @Nullable Integer item(DocumentDraft draft) {
        return draft.disclosure() == DisclosureLevel.PUBLIC ? null : draft.nonDisclosureItem();
    }
}
