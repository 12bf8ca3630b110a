package kr.seoul.smartcity.approval.service;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStore;
import kr.seoul.smartcity.approval.domain.AttachmentStore;
import kr.seoul.smartcity.approval.domain.AuditChain;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import kr.seoul.smartcity.approval.domain.AuditStore;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentBoxes;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.Substitutes;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * Reading documents as a user may see them: one document, the boxes, versions, attachments, publications and the
 * audit trail.
 */
@Service
class DocumentReading {

    private final ApprovalStore store;
    private final DocumentBoxes boxes;
    private final AttachmentStore attachments;
    private final AuditStore audit;
    private final DirectoryService directory;
    private final DisclosurePolicy disclosure;
    private final ApprovalSupport support;

    DocumentReading(
            ApprovalStore store,
            DocumentBoxes boxes,
            AttachmentStore attachments,
            AuditStore audit,
            DirectoryService directory,
            DisclosurePolicy disclosure,
            ApprovalSupport support) {
        this.store = store;
        this.boxes = boxes;
        this.attachments = attachments;
        this.audit = audit;
        this.directory = directory;
        this.disclosure = disclosure;
        this.support = support;
    }

    /** The document with its line and the actions this user may take, if the user may see it. */
    public Optional<DocumentView> find(String username, long documentId) {
        return store.find(documentId).map(doc -> support.view(username, doc)).filter(view -> canSee(username, view));
    }

    /** One box of a user, newest first. */
    public List<ApprovalDocument> box(String username, Box box) {
        return switch (box) {
            case TO_APPROVE ->
                boxes.waitingFor(List.copyOf(support.substitutes().actsFor(username)));
            case IN_PROGRESS -> boxes.inProgress(username);
            case COMPLETED -> boxes.completed(username);
            case REJECTED -> boxes.byDrafter(username, DocumentStatus.REJECTED);
            case REFERENCE -> boxes.referencedTo(username);
            case DRAFTS -> boxes.byDrafter(username, DocumentStatus.DRAFT);
        };
    }

    /** Two versions of a document side by side. */
    public VersionComparison compareVersions(String username, long documentId, int left, int right) {
        DocumentView view = find(username, documentId)
                .orElseThrow(
                        () -> ApprovalSupport.refused(ApprovalRefusedException.NO_ACCESS, "document " + documentId));
        return new VersionComparison(documentId, content(view.document(), left), content(view.document(), right));
    }

    /** The bytes of an attachment, if the user may see its document. */
    public Optional<byte[]> attachmentContent(String username, long attachmentId) {
        return attachments
                .attachment(attachmentId)
                .filter(info -> find(username, info.documentId()).isPresent())
                .flatMap(info -> attachments.attachmentContent(attachmentId));
    }

    /** Documents open to citizens (원문공개), newest first: PUBLIC with body, PARTIAL without, never PRIVATE. */
    public List<PublishedDocument> published(int limit) {
        return boxes.published(limit).stream()
                .filter(doc -> doc.disclosure() != DisclosureLevel.PRIVATE)
                .map(DocumentReading::published)
                .toList();
    }

    /** A finally approved document with its full text, for features that keep a record of it (the archive). */
    public Optional<ApprovedDocument> approvedDocument(long documentId) {
        return store.findCompleted(documentId).map(DocumentReading::approved);
    }

    /** Finally approved documents with an id above {@code afterId}, in id order, at most {@code limit}. */
    public List<ApprovedDocument> approvedAfter(long afterId, int limit) {
        return boxes.completedAfter(afterId, limit).stream()
                .map(DocumentReading::approved)
                .toList();
    }

    /** One published document, as citizens see it. */
    public Optional<PublishedDocument> publishedDocument(long documentId) {
        return store.find(documentId)
                .filter(doc -> doc.publishedAt() != null && doc.disclosure() != DisclosureLevel.PRIVATE)
                .map(DocumentReading::published);
    }

    /** The audit entries of a document the user may see, oldest first. */
    public List<AuditEntry> auditTrail(String username, long documentId) {
        find(username, documentId)
                .orElseThrow(
                        () -> ApprovalSupport.refused(ApprovalRefusedException.NO_ACCESS, "document " + documentId));
        return audit.auditTrail(documentId);
    }

    /** Checks the whole hash chain; names the first entry that was altered or follows a removed one. */
    public AuditChain.Verification verifyAuditTrail() {
        String head = audit.auditHeadHash();
        return AuditChain.verify(audit.auditTrail(null), head);
    }

    /**
     * Unsubmitted drafts only their drafter; otherwise {@link DisclosurePolicy#canSeeAsParticipant}: the people on
     * the line or among the recipients, whoever stands in today for someone whose turn it is, and the department.
     */
    private boolean canSee(String username, DocumentView view) {
        ApprovalDocument doc = view.document();
        if (doc.drafter().equals(username)) {
            return true;
        }
        if (doc.status() == DocumentStatus.DRAFT && doc.submittedAt() == null && doc.version() == 1) {
            return false;
        }
        Optional<UserAccount> account = directory.findAccount(username).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return false;
        }
        Set<String> participants = new HashSet<>();
        participants.add(doc.drafter());
        view.steps().forEach(step -> {
            participants.add(step.approver());
            if (step.actedBy() != null) {
                participants.add(step.actedBy());
            }
        });
        view.recipients().forEach(recipient -> participants.add(recipient.username()));
        Substitutes today = support.substitutes();
        if (view.current().stream().anyMatch(step -> today.mayActFor(username, step.approver()))) {
            participants.add(username);
        }
        return disclosure.canSeeAsParticipant(
                new Viewer(account.get().role(), account.get().departmentCode()),
                username,
                doc.departmentCode(),
                participants);
    }

    private kr.seoul.smartcity.approval.domain.DocumentContent content(ApprovalDocument doc, int version) {
        if (version == doc.version()) {
            return doc.content();
        }
        return store.keptVersion(doc.id(), version)
                .orElseThrow(() -> ApprovalSupport.refused(ApprovalRefusedException.INVALID, "no version " + version));
    }

    private static PublishedDocument published(ApprovalDocument doc) {
        return new PublishedDocument(
                doc.id(),
                doc.number(),
                doc.title(),
                doc.departmentCode(),
                doc.completedAt(),
                doc.disclosure(),
                doc.disclosure() == DisclosureLevel.PUBLIC ? doc.body() : null);
    }

    private static ApprovedDocument approved(ApprovalDocument doc) {
        return new ApprovedDocument(
                doc.id(),
                doc.number(),
                doc.title(),
                doc.body(),
                doc.departmentCode(),
                doc.drafter(),
                doc.completedAt(),
                doc.disclosure(),
                doc.keywords());
    }
}
