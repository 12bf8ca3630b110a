package kr.seoul.smartcity.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.ApprovalStore;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.AttachmentType;
import kr.seoul.smartcity.approval.domain.AuditChain;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import kr.seoul.smartcity.approval.domain.DelegatedApproval;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentNumber;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.Rank;
import kr.seoul.smartcity.approval.domain.Recipient;
import kr.seoul.smartcity.approval.domain.Substitutes;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.directory.domain.UserAccount;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Electronic document approval (전자결재): drafts, the approval line with 전결 and 대결, boxes, versions, attachments,
 * publication and the audit trail. A blocking API for views over the reactive store.
 * <p>
 * Every action names the document revision its caller saw. The state machine ({@link ApprovalCase}) checks the
 * status, the actor and the turn; the write then succeeds only if the revision is still current
 * ({@code UPDATE … WHERE revision = ?}), so of two people acting at once exactly one succeeds and the other gets an
 * {@link ApprovalRefusedException} with {@code approval.refused.stale}. Each action writes its audit entry in the same
 * transaction and publishes {@link ApprovalChanged}.
 */
@Service
public class ApprovalService {

    private final ApprovalStore store;
    private final DirectoryService directory;
    private final DisclosurePolicy disclosure;
    private final TransactionalOperator transaction;
    private final LiveEventBus events;
    private final Clock clock;
    private final ApprovalMetrics metrics;
    private final DatabaseCalls await;

    ApprovalService(ApprovalStore store, DirectoryService directory, DisclosurePolicy disclosure,
                    TransactionalOperator transaction, LiveEventBus events, Clock clock, ApprovalMetrics metrics,
                    DatabaseCalls await) {
        this.await = await;
        this.store = store;
        this.directory = directory;
        this.disclosure = disclosure;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    // writing

    /**
     * Saves an unsubmitted document (임시저장, also for auto-save): a new one when {@code documentId} is null, else
     * the drafter's draft at the given revision. An incomplete line is allowed until submission.
     */
    public DocumentView saveDraft(Actor actor, @Nullable Long documentId, long expectedRevision, DocumentDraft written) {
        DocumentDraft draft = written.cleaned();
        checkLengths(draft);
        List<ApprovalStep> steps = ApprovalCase.line(actor.username(), draft.line(), false);
        Instant now = now();
        if (documentId == null) {
            String department = department(actor.username(), draft);
            ApprovalDocument fresh = new ApprovalDocument(null, draft.form(), department, actor.username(),
                    DocumentStatus.DRAFT, 1, 0, null, draft.title().strip(), body(draft), draft.disclosure(),
                    item(draft), draft.retention(), draft.keywords(), null, null, null, now, now, null, null, null);
            long id = inTransaction(store.insert(fresh).flatMap(newId -> store.replaceSteps(newId, 1, steps)
                    .then(store.replaceRecipients(newId, draft.recipients()))
                    .then(store.append(audit(actor, null, "CREATE", newId, 1, null, draft.title().strip())))
                    .thenReturn(newId)));
            publish(id, "CREATE", List.of(actor.username()));
            return view(actor.username(), load(id));
        }
        ApprovalDocument doc = current(documentId, expectedRevision);
        caseOf(doc).apply(ApprovalAction.EDIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        ApprovalDocument edited = new ApprovalDocument(doc.id(), draft.form(), department(actor.username(), draft),
                doc.drafter(), doc.status(), doc.version(), doc.revision(), doc.number(), draft.title().strip(),
                body(draft), draft.disclosure(), item(draft), draft.retention(), draft.keywords(), null, null, null,
                doc.createdAt(), now, null, null, null);
        inTransaction(write(edited, expectedRevision)
                .then(store.replaceSteps(documentId, doc.version(), steps))
                .then(store.replaceRecipients(documentId, draft.recipients()))
                .then(store.append(audit(actor, null, "EDIT", documentId, doc.version(), null, ""))));
        publish(documentId, "EDIT", List.of(actor.username()));
        return view(actor.username(), load(documentId));
    }

    /**
     * 상신: checks the document, builds the line (applying 전결), allocates the document number and sends it to the
     * first approver.
     *
     * @throws InvalidDocumentException if the title or the non-disclosure reason is missing
     * @throws ApprovalRefusedException if the line is incomplete, the actor is not the drafter or the revision is stale
     */
    public DocumentView submit(Actor actor, long documentId, long expectedRevision) {
        ApprovalDocument doc = current(documentId, expectedRevision);
        validateForSubmission(doc);
        List<ApprovalStep> line = ApprovalCase.line(doc.drafter(),
                ApprovalCase.entries(store.steps(documentId, doc.version()).as(await::list)), true);
        Rank ruleRank = store.ruleRank(doc.form()).as(await::optional).orElse(Rank.MAYOR);
        DelegatedApproval.Applied applied = DelegatedApproval.apply(line, ruleRank, this::rank);
        Instant now = now();
        ApprovalCase.Result result = new ApprovalCase(doc.status(), doc.drafter(), applied.steps(), null)
                .apply(ApprovalAction.SUBMIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        int year = LocalDate.ofInstant(now, Seoul.ZONE).getYear();
        Mono<String> number = doc.number() != null ? Mono.just(doc.number())
                : store.nextSerial(doc.form().abbreviation(), year)
                .map(serial -> new DocumentNumber(doc.form(), year, serial).toString());
        ApprovalStep endsAt = applied.endsAt();
        inTransaction(number.flatMap(assigned -> write(doc.withState(result.after().status(), null, now)
                        .submitted(assigned, endsAt == null ? null : ruleRank,
                                endsAt == null ? null : endsAt.approver(), now), expectedRevision)
                .then(store.replaceSteps(documentId, doc.version(), result.after().steps()))
                .then(store.append(audit(actor, null, "SUBMIT", documentId, doc.version(), 0,
                        assigned + (endsAt == null ? "" : " 전결 " + ruleRank + " " + endsAt.approver()))))));
        publishChange(documentId, "SUBMIT", actor);
        return view(actor.username(), load(documentId));
    }

    /** 승인, with an optional comment; the last approval completes the document and publishes it if it is open. */
    public DocumentView approve(Actor actor, long documentId, long expectedRevision, @Nullable String comment) {
        return act(actor, documentId, expectedRevision, ApprovalAction.APPROVE, comment);
    }

    /** 반려 to the drafter, or to the previous step ({@code toPrevious}; to the drafter if there is none). */
    public DocumentView reject(Actor actor, long documentId, long expectedRevision, boolean toPrevious,
                               @Nullable String comment) {
        return act(actor, documentId, expectedRevision,
                toPrevious ? ApprovalAction.REJECT_TO_PREVIOUS : ApprovalAction.REJECT_TO_DRAFTER, comment);
    }

    /** 보류 by the current approver. */
    public DocumentView hold(Actor actor, long documentId, long expectedRevision, @Nullable String comment) {
        return act(actor, documentId, expectedRevision, ApprovalAction.HOLD, comment);
    }

    /** Ends a 보류; only the approver who held it (or their substitute). */
    public DocumentView release(Actor actor, long documentId, long expectedRevision) {
        return act(actor, documentId, expectedRevision, ApprovalAction.RELEASE, null);
    }

    /** 회수: the drafter takes the document back before anyone after them has approved it. */
    public DocumentView withdraw(Actor actor, long documentId, long expectedRevision) {
        return act(actor, documentId, expectedRevision, ApprovalAction.WITHDRAW, null);
    }

    /**
     * 재기안: the drafter rewrites a rejected document as its next version, kept as a draft until submitted again. The
     * previous version stays readable ({@link #compareVersions}).
     */
    public DocumentView redraft(Actor actor, long documentId, long expectedRevision, DocumentDraft written) {
        DocumentDraft draft = written.cleaned();
        checkLengths(draft);
        ApprovalDocument doc = current(documentId, expectedRevision);
        Instant now = now();
        caseOf(doc).apply(ApprovalAction.REDRAFT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        int version = doc.version() + 1;
        List<ApprovalStep> steps = ApprovalCase.line(doc.drafter(), draft.line(), false);
        ApprovalDocument next = new ApprovalDocument(doc.id(), draft.form(), doc.departmentCode(), doc.drafter(),
                DocumentStatus.DRAFT, version, doc.revision(), doc.number(), draft.title().strip(), body(draft),
                draft.disclosure(), item(draft), draft.retention(), draft.keywords(), null, null, null,
                doc.createdAt(), now, null, null, null);
        inTransaction(store.keepVersion(documentId, doc.content())
                .then(write(next, expectedRevision))
                .then(store.replaceSteps(documentId, version, steps))
                .then(store.replaceRecipients(documentId, draft.recipients()))
                .then(store.append(audit(actor, null, "REDRAFT", documentId, version, null,
                        "from version " + doc.version()))));
        publishChange(documentId, "REDRAFT", actor);
        return view(actor.username(), load(documentId));
    }

    /**
     * Approves several documents at once (the mayor's 일괄결재), each checked and written on its own.
     *
     * @param expectedRevisions document id → the revision the approver saw, in the order to approve them
     */
    public List<BatchResult> approveAll(Actor actor, Map<Long, Long> expectedRevisions, @Nullable String comment) {
        List<BatchResult> results = new ArrayList<>();
        expectedRevisions.forEach((id, revision) -> {
            try {
                approve(actor, id, revision, comment);
                results.add(new BatchResult(id, true, null, null));
            } catch (ApprovalRefusedException e) {
                results.add(new BatchResult(id, false, e.messageKey(), e.getMessage()));
            }
        });
        return results;
    }

    /** Marks a 공람 document read by one of its circulation recipients. */
    public void markRead(Actor actor, long documentId) {
        ApprovalDocument doc = load(documentId);
        Long marked = inTransaction(store.markRead(documentId, actor.username(), now())
                .flatMap(rows -> rows == 0 ? Mono.just(0L)
                        : store.append(audit(actor, null, "READ", documentId, doc.version(), null, ""))
                        .thenReturn(rows)));
        if (marked != null && marked > 0) {
            publish(documentId, "READ", List.of(actor.username()));
        }
    }

    /**
     * Attaches a file to the current version of the drafter's unsubmitted document.
     *
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException if the type, content or size is refused
     */
    public AttachmentInfo attach(Actor actor, long documentId, long expectedRevision, String filename, byte[] content) {
        ApprovalDocument doc = current(documentId, expectedRevision);
        Instant now = now();
        caseOf(doc).apply(ApprovalAction.EDIT, actor.username(), ApprovalCase.Deputies.NONE, now, null);
        AttachmentType type = AttachmentCheck.check(filename, content);
        String sha256 = AttachmentCheck.sha256(content);
        long id = inTransaction(write(doc.withState(doc.status(), null, now), expectedRevision)
                .then(store.insertAttachment(documentId, doc.version(), filename, type, content, sha256,
                        actor.username(), now))
                .flatMap(newId -> store.append(audit(actor, null, "ATTACH", documentId, doc.version(), null,
                        filename + " " + sha256)).thenReturn(newId)));
        publish(documentId, "ATTACH", List.of(actor.username()));
        return store.attachment(id).as(await::value);
    }

    // reading

    /** The document with its line and the actions this user may take, if the user may see it. */
    public Optional<DocumentView> find(String username, long documentId) {
        return store.find(documentId).as(await::optional).map(doc -> view(username, doc))
                .filter(view -> canSee(username, view));
    }

    /** One box of a user, newest first. */
    public List<ApprovalDocument> box(String username, Box box) {
        return (switch (box) {
            case TO_APPROVE -> store.waitingFor(List.copyOf(substitutes().actsFor(username)));
            case IN_PROGRESS -> store.inProgress(username);
            case COMPLETED -> store.completed(username);
            case REJECTED -> store.byDrafter(username, DocumentStatus.REJECTED);
            case REFERENCE -> store.referencedTo(username);
            case DRAFTS -> store.byDrafter(username, DocumentStatus.DRAFT);
        }).as(await::list);
    }

    /** Two versions of a document side by side. */
    public VersionComparison compareVersions(String username, long documentId, int left, int right) {
        DocumentView view = find(username, documentId)
                .orElseThrow(() -> refused(ApprovalRefusedException.NO_ACCESS, "document " + documentId));
        return new VersionComparison(documentId, content(view.document(), left), content(view.document(), right));
    }

    /** The bytes of an attachment, if the user may see its document. */
    public Optional<byte[]> attachmentContent(String username, long attachmentId) {
        return store.attachment(attachmentId).as(await::optional)
                .filter(info -> find(username, info.documentId()).isPresent())
                .map(info -> store.attachmentContent(attachmentId).as(await::value));
    }

    /** Documents open to citizens (원문공개), newest first: PUBLIC with body, PARTIAL without, never PRIVATE. */
    public List<PublishedDocument> published(int limit) {
        return store.published(limit).filter(doc -> doc.disclosure() != DisclosureLevel.PRIVATE)
                .map(ApprovalService::published).as(await::list);
    }

    /** A finally approved document with its full text, for features that keep a record of it (the archive). */
    public Optional<ApprovedDocument> approvedDocument(long documentId) {
        return store.find(documentId).as(await::optional)
                .filter(doc -> doc.status() == DocumentStatus.COMPLETED)
                .map(ApprovalService::approved);
    }

    /** Finally approved documents with an id above {@code afterId}, in id order, at most {@code limit}. */
    public List<ApprovedDocument> approvedAfter(long afterId, int limit) {
        return store.completedAfter(afterId, limit).map(ApprovalService::approved).as(await::list);
    }

    /** One published document, as citizens see it. */
    public Optional<PublishedDocument> publishedDocument(long documentId) {
        return store.find(documentId).as(await::optional)
                .filter(doc -> doc.publishedAt() != null && doc.disclosure() != DisclosureLevel.PRIVATE)
                .map(ApprovalService::published);
    }

    /** The audit entries of a document the user may see, oldest first. */
    public List<AuditEntry> auditTrail(String username, long documentId) {
        find(username, documentId).orElseThrow(() -> refused(ApprovalRefusedException.NO_ACCESS, "document " + documentId));
        return store.auditTrail(documentId).as(await::list);
    }

    /** Checks the whole hash chain; names the first entry that was altered or follows a removed one. */
    public AuditChain.Verification verifyAuditTrail() {
        String head = store.auditHeadHash().as(await::value);
        return AuditChain.verify(store.auditTrail(null).as(await::list), head);
    }

    // internals

    private DocumentView act(Actor actor, long documentId, long expectedRevision, ApprovalAction action,
                             @Nullable String written) {
        String comment = PlainText.clean(written);
        ApprovalDocument doc = current(documentId, expectedRevision);
        Instant now = now();
        ApprovalCase.Result result;
        try {
            result = caseOf(doc).apply(action, actor.username(), substitutes(), now, blankToNull(comment));
        } catch (ApprovalRefusedException refusal) {
            // the steps are read after the document: if someone acted in between, the true reason is "stale"
            current(documentId, expectedRevision);
            throw refusal;
        }
        ApprovalDocument next = doc.withState(result.after().status(), result.after().heldBy(), now);
        if (result.after().status() == DocumentStatus.COMPLETED) {
            next = next.completed(now, doc.disclosure() != DisclosureLevel.PRIVATE);
        }
        ApprovalStep step = result.step();
        inTransaction(write(next, expectedRevision)
                .then(store.replaceSteps(documentId, doc.version(), result.after().steps()))
                .then(store.append(audit(actor, result.onBehalfOf(), action.name(), documentId, doc.version(),
                        step == null ? null : step.position(), comment == null ? "" : comment))));
        publishChange(documentId, action.name(), actor);
        return view(actor.username(), load(documentId));
    }

    /** The document, refused as stale when it changed since the caller saw it. */
    private ApprovalDocument current(long documentId, long expectedRevision) {
        ApprovalDocument doc = load(documentId);
        if (doc.revision() != expectedRevision) {
            throw refused(ApprovalRefusedException.STALE,
                    "document " + documentId + " is at revision " + doc.revision() + ", not " + expectedRevision);
        }
        return doc;
    }

    private ApprovalDocument load(long documentId) {
        return store.find(documentId).as(await::optional)
                .orElseThrow(() -> refused(ApprovalRefusedException.NO_ACCESS, "no document " + documentId));
    }

    private Mono<Long> write(ApprovalDocument doc, long expectedRevision) {
        return store.update(doc, expectedRevision).flatMap(rows -> rows == 1 ? Mono.just(rows)
                : Mono.error(refused(ApprovalRefusedException.STALE,
                "document " + doc.id() + " changed while you were acting")));
    }

    private ApprovalCase caseOf(ApprovalDocument doc) {
        return new ApprovalCase(doc.status(), doc.drafter(),
                store.steps(doc.id(), doc.version()).as(await::list), doc.heldBy());
    }

    private DocumentView view(String username, ApprovalDocument doc) {
        ApprovalCase approval = caseOf(doc);
        Substitutes substitutes = substitutes();
        Set<ApprovalAction> actions = EnumSet.noneOf(ApprovalAction.class);
        for (ApprovalAction action : ApprovalCase.allowedActions(doc.status())) {
            try {
                approval.apply(action, username, substitutes, now(), null);
                actions.add(action);
            } catch (ApprovalRefusedException notNow) {
                // not this user's to take
            }
        }
        List<AttachmentInfo> attachments = store.attachments(doc.id()).filter(a -> a.version() == doc.version())
                .as(await::list);
        return new DocumentView(doc, approval.steps(), approval.current(),
                store.recipients(doc.id()).as(await::list), attachments, actions);
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
        Substitutes today = substitutes();
        if (view.current().stream().anyMatch(step -> today.mayActFor(username, step.approver()))) {
            participants.add(username);
        }
        return disclosure.canSeeAsParticipant(new Viewer(account.get().role(), account.get().departmentCode()),
                username, doc.departmentCode(), participants);
    }

    private kr.seoul.smartcity.approval.domain.DocumentContent content(ApprovalDocument doc, int version) {
        if (version == doc.version()) {
            return doc.content();
        }
        return store.keptVersion(doc.id(), version).as(await::optional)
                .orElseThrow(() -> refused(ApprovalRefusedException.INVALID, "no version " + version));
    }

    private Substitutes substitutes() {
        LocalDate today = LocalDate.now(clock.withZone(Seoul.ZONE));
        return Substitutes.on(today, store.absencesFrom(today).as(await::list));
    }

    private Rank rank(String username) {
        return store.rank(username).as(await::optional).orElse(Rank.STAFF);
    }

    private String department(String username, DocumentDraft draft) {
        if (draft.departmentCode() != null && !draft.departmentCode().isBlank()) {
            return draft.departmentCode();
        }
        return directory.findAccount(username).map(UserAccount::departmentCode)
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

    private AuditEntry audit(Actor actor, @Nullable String onBehalfOf, String action, @Nullable Long documentId,
                             @Nullable Integer version, @Nullable Integer step, String detail) {
        return AuditEntry.unsealed(now(), actor.username(), onBehalfOf, action, documentId, version, step,
                actor.clientAddress(), actor.userAgent(), detail);
    }

    private <T> T inTransaction(Mono<T> work) {
        return work.as(transaction::transactional).as(await::value);
    }

    private void publishChange(long documentId, String action, Actor actor) {
        ApprovalDocument doc = load(documentId);
        Substitutes today = substitutes();
        Set<String> people = new LinkedHashSet<>(List.of(actor.username(), doc.drafter()));
        for (ApprovalStep step : store.steps(documentId, doc.version()).as(await::list)) {
            people.add(step.approver());
            if (step.actedBy() != null) {
                people.add(step.actedBy());
            }
            try {
                people.add(today.actingFor(step.approver()));
            } catch (ApprovalRefusedException loop) {
                // nobody substitutes
            }
        }
        store.recipients(documentId).map(Recipient::username).toIterable().forEach(people::add);
        publish(documentId, action, List.copyOf(people));
    }

    private void publish(long documentId, String action, List<String> usernames) {
        metrics.acted(action);
        events.publish(ApprovalChanged.TOPIC, new ApprovalChanged(documentId, action, usernames));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static PublishedDocument published(ApprovalDocument doc) {
        return new PublishedDocument(doc.id(), doc.number(), doc.title(), doc.departmentCode(), doc.completedAt(),
                doc.disclosure(), doc.disclosure() == DisclosureLevel.PUBLIC ? doc.body() : null);
    }

    private static ApprovedDocument approved(ApprovalDocument doc) {
        return new ApprovedDocument(doc.id(), doc.number(), doc.title(), doc.body(), doc.departmentCode(),
                doc.drafter(), doc.completedAt(), doc.disclosure(), doc.keywords());
    }

    private static ApprovalRefusedException refused(String key, String detail) {
        return new ApprovalRefusedException(key, detail);
    }
}
