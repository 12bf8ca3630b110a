package kr.seoul.smartcity.approval.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.AuditChain;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Electronic document approval (전자결재): drafts, the approval line with 전결 and 대결, boxes, versions, attachments,
 * publication and the audit trail: the feature's one entry point, handing each call to the service whose job it is
 * ({@link DocumentDrafting}, {@link LineActions}, {@link DocumentReading}). Every write is one transaction, with its
 * audit entry, in the store.
 * <p>
 * Every action names the document revision its caller saw. The state machine ({@link ApprovalCase}) checks the
 * status, the actor and the turn; the write then succeeds only if the revision is still current
 * ({@code UPDATE … WHERE revision = ?}), so of two people acting at once exactly one succeeds and the other gets an
 * {@link ApprovalRefusedException} with {@code approval.refused.stale}. Each action writes its audit entry in the same
 * transaction and publishes {@link ApprovalChanged}.
 */
@Service
public class ApprovalService {

    private final DocumentDrafting drafting;
    private final LineActions actions;
    private final DocumentReading reading;

    ApprovalService(DocumentDrafting drafting, LineActions actions, DocumentReading reading) {
        this.drafting = drafting;
        this.actions = actions;
        this.reading = reading;
    }

    /**
     * Saves an unsubmitted document (임시저장, also for auto-save): a new one when {@code documentId} is null, else
     * the drafter's draft at the given revision. An incomplete line is allowed until submission.
     */
    public DocumentView saveDraft(
            Actor actor, @Nullable Long documentId, long expectedRevision, DocumentDraft written) {
        return drafting.saveDraft(actor, documentId, expectedRevision, written);
    }

    /**
     * 상신: checks the document, builds the line (applying 전결), allocates the document number and sends it to the
     * first approver.
     *
     * @throws InvalidDocumentException if the title or the non-disclosure reason is missing
     * @throws ApprovalRefusedException if the line is incomplete, the actor is not the drafter or the revision is stale
     */
    public DocumentView submit(Actor actor, long documentId, long expectedRevision) {
        return drafting.submit(actor, documentId, expectedRevision);
    }

    /**
     * 재기안: the drafter rewrites a rejected document as its next version, kept as a draft until submitted again. The
     * previous version stays readable ({@link DocumentReading#compareVersions}).
     */
    public DocumentView redraft(Actor actor, long documentId, long expectedRevision, DocumentDraft written) {
        return drafting.redraft(actor, documentId, expectedRevision, written);
    }

    /**
     * Attaches a file to the current version of the drafter's unsubmitted document.
     *
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException if the type, content or size is refused
     */
    public AttachmentInfo attach(Actor actor, long documentId, long expectedRevision, String filename, byte[] content) {
        return drafting.attach(actor, documentId, expectedRevision, filename, content);
    }

    /** 승인, with an optional comment; the last approval completes the document and publishes it if it is open. */
    public DocumentView approve(Actor actor, long documentId, long expectedRevision, @Nullable String comment) {
        return actions.approve(actor, documentId, expectedRevision, comment);
    }

    /** 반려 to the drafter, or to the previous step ({@code toPrevious}; to the drafter if there is none). */
    public DocumentView reject(
            Actor actor, long documentId, long expectedRevision, boolean toPrevious, @Nullable String comment) {
        return actions.reject(actor, documentId, expectedRevision, toPrevious, comment);
    }

    /** 보류 by the current approver. */
    public DocumentView hold(Actor actor, long documentId, long expectedRevision, @Nullable String comment) {
        return actions.hold(actor, documentId, expectedRevision, comment);
    }

    /** Ends a 보류; only the approver who held it (or their substitute). */
    public DocumentView release(Actor actor, long documentId, long expectedRevision) {
        return actions.release(actor, documentId, expectedRevision);
    }

    /** 회수: the drafter takes the document back before anyone after them has approved it. */
    public DocumentView withdraw(Actor actor, long documentId, long expectedRevision) {
        return actions.withdraw(actor, documentId, expectedRevision);
    }

    /**
     * Approves several documents at once (the mayor's 일괄결재), each checked and written on its own.
     *
     * @param expectedRevisions document id → the revision the approver saw, in the order to approve them
     */
    public List<BatchResult> approveAll(Actor actor, Map<Long, Long> expectedRevisions, @Nullable String comment) {
        return actions.approveAll(actor, expectedRevisions, comment);
    }

    /** Marks a 공람 document read by one of its circulation recipients. */
    public void markRead(Actor actor, long documentId) {
        actions.markRead(actor, documentId);
    }

    /** The document with its line and the actions this user may take, if the user may see it. */
    public Optional<DocumentView> find(String username, long documentId) {
        return reading.find(username, documentId);
    }

    /** One box of a user, newest first. */
    public List<ApprovalDocument> box(String username, Box box) {
        return reading.box(username, box);
    }

    /** Two versions of a document side by side. */
    public VersionComparison compareVersions(String username, long documentId, int left, int right) {
        return reading.compareVersions(username, documentId, left, right);
    }

    /** The bytes of an attachment, if the user may see its document. */
    public Optional<byte[]> attachmentContent(String username, long attachmentId) {
        return reading.attachmentContent(username, attachmentId);
    }

    /** Documents open to citizens (원문공개), newest first: PUBLIC with body, PARTIAL without, never PRIVATE. */
    public List<PublishedDocument> published(int limit) {
        return reading.published(limit);
    }

    /** A finally approved document with its full text, for features that keep a record of it (the archive). */
    public Optional<ApprovedDocument> approvedDocument(long documentId) {
        return reading.approvedDocument(documentId);
    }

    /** Finally approved documents with an id above {@code afterId}, in id order, at most {@code limit}. */
    public List<ApprovedDocument> approvedAfter(long afterId, int limit) {
        return reading.approvedAfter(afterId, limit);
    }

    /** One published document, as citizens see it. */
    public Optional<PublishedDocument> publishedDocument(long documentId) {
        return reading.publishedDocument(documentId);
    }

    /** The audit entries of a document the user may see, oldest first. */
    public List<AuditEntry> auditTrail(String username, long documentId) {
        return reading.auditTrail(username, documentId);
    }

    /** Checks the whole hash chain; names the first entry that was altered or follows a removed one. */
    public AuditChain.Verification verifyAuditTrail() {
        return reading.verifyAuditTrail();
    }
}
