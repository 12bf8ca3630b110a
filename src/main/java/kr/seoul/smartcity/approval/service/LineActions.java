package kr.seoul.smartcity.approval.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.approval.domain.Acted;
import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.ApprovalStore;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.StateChange;
import kr.seoul.smartcity.approval.domain.Substitutes;
import kr.seoul.smartcity.base.text.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The actions on the approval line (승인, 반려, 보류, 회수, 일괄결재) and reading a 공람. Each action is one transaction in
 * the store: the document with its line read once, the write only if the revision is still the one the actor saw.
 */
@Service
class LineActions {

    private final ApprovalStore store;
    private final ApprovalSupport support;

    LineActions(ApprovalStore store, ApprovalSupport support) {
        this.store = store;
        this.support = support;
    }

    /** 승인, with an optional comment; the last approval completes the document and publishes it if it is open. */
    public DocumentView approve(Actor actor, long documentId, long expectedRevision, @Nullable String comment) {
        return act(actor, documentId, expectedRevision, ApprovalAction.APPROVE, comment);
    }

    /** 반려 to the drafter, or to the previous step ({@code toPrevious}; to the drafter if there is none). */
    public DocumentView reject(
            Actor actor, long documentId, long expectedRevision, boolean toPrevious, @Nullable String comment) {
        return act(
                actor,
                documentId,
                expectedRevision,
                toPrevious ? ApprovalAction.REJECT_TO_PREVIOUS : ApprovalAction.REJECT_TO_DRAFTER,
                comment);
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
        ApprovalDocument doc = support.load(documentId);
        if (store.markRead(
                documentId,
                actor.username(),
                support.now(),
                support.audit(actor, null, "READ", documentId, doc.version(), null, ""))) {
            support.publish(documentId, "READ", List.of(actor.username()));
        }
    }

    /**
     * One action on the line: one transaction that reads the document with its line, checks the action, writes the
     * document (only if still at the revision the actor saw), the steps that changed and the audit entry, and reads
     * back what the actor's screen shows.
     */
    private DocumentView act(
            Actor actor, long documentId, long expectedRevision, ApprovalAction action, @Nullable String written) {
        String comment = PlainText.clean(written);
        Substitutes substitutes = support.substitutes();
        Instant now = support.now();
        Acted acted = store.act(documentId, expectedRevision, read -> {
            ApprovalDocument doc = read.document();
            ApprovalCase.Result result = new ApprovalCase(doc.status(), doc.drafter(), read.steps(), doc.heldBy())
                    .apply(action, actor.username(), substitutes, now, ApprovalSupport.blankToNull(comment));
            ApprovalDocument next =
                    doc.withState(result.after().status(), result.after().heldBy(), now);
            if (result.after().status() == DocumentStatus.COMPLETED) {
                next = next.completed(now, doc.disclosure() != DisclosureLevel.PRIVATE);
            }
            ApprovalStep step = result.step();
            return new StateChange(
                    next,
                    result.after().steps(),
                    support.audit(
                            actor,
                            result.onBehalfOf(),
                            action.name(),
                            documentId,
                            doc.version(),
                            step == null ? null : step.position(),
                            comment == null ? "" : comment));
        });
        support.publishChange(acted.document(), acted.steps(), acted.recipients(), substitutes, action.name(), actor);
        return support.view(actor.username(), acted, substitutes);
    }
}
