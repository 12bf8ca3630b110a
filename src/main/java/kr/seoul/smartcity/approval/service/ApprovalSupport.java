package kr.seoul.smartcity.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.approval.domain.Acted;
import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalCase;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalSettingsStore;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.ApprovalStore;
import kr.seoul.smartcity.approval.domain.AttachmentStore;
import kr.seoul.smartcity.approval.domain.AuditEntry;
import kr.seoul.smartcity.approval.domain.Recipient;
import kr.seoul.smartcity.approval.domain.Substitutes;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the approval services share: the clock, today's substitutes, audit entries, a document as its reader sees it
 * and the change events.
 */
@Component
class ApprovalSupport {

    private final ApprovalStore store;
    private final ApprovalSettingsStore settings;
    private final AttachmentStore attachments;
    private final LiveEventBus events;
    private final Clock clock;
    private final ApprovalMetrics metrics;

    ApprovalSupport(
            ApprovalStore store,
            ApprovalSettingsStore settings,
            AttachmentStore attachments,
            LiveEventBus events,
            Clock clock,
            ApprovalMetrics metrics) {
        this.store = store;
        this.settings = settings;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The document, refused as stale when it changed since the caller saw it. */
    ApprovalDocument current(long documentId, long expectedRevision) {
        ApprovalDocument doc = load(documentId);
        if (doc.revision() != expectedRevision) {
            throw refused(
                    ApprovalRefusedException.STALE,
                    "document " + documentId + " is at revision " + doc.revision() + ", not " + expectedRevision);
        }
        return doc;
    }

    ApprovalDocument load(long documentId) {
        return store.find(documentId)
                .orElseThrow(() -> refused(ApprovalRefusedException.NO_ACCESS, "no document " + documentId));
    }

    ApprovalCase caseOf(ApprovalDocument doc) {
        return new ApprovalCase(doc.status(), doc.drafter(), store.steps(doc.id(), doc.version()), doc.heldBy());
    }

    DocumentView view(String username, ApprovalDocument doc) {
        return view(
                username,
                new Acted(
                        doc,
                        store.steps(doc.id(), doc.version()),
                        store.recipients(doc.id()),
                        attachments.attachments(doc.id(), doc.version())),
                substitutes());
    }

    DocumentView view(String username, Acted seen, Substitutes substitutes) {
        ApprovalDocument doc = seen.document();
        ApprovalCase approval = new ApprovalCase(doc.status(), doc.drafter(), seen.steps(), doc.heldBy());
        Set<ApprovalAction> actions = EnumSet.noneOf(ApprovalAction.class);
        for (ApprovalAction action : ApprovalCase.allowedActions(doc.status())) {
            try {
                approval.apply(action, username, substitutes, now(), null);
                actions.add(action);
            } catch (ApprovalRefusedException notNow) {
                // not this user's to take
            }
        }
        return new DocumentView(
                doc, approval.steps(), approval.current(), seen.recipients(), seen.attachments(), actions);
    }

    Substitutes substitutes() {
        LocalDate today = LocalDate.now(clock.withZone(Seoul.ZONE));
        return Substitutes.on(today, settings.absencesFrom(today));
    }

    AuditEntry audit(
            Actor actor,
            @Nullable String onBehalfOf,
            String action,
            @Nullable Long documentId,
            @Nullable Integer version,
            @Nullable Integer step,
            String detail) {
        return AuditEntry.unsealed(
                now(),
                actor.username(),
                onBehalfOf,
                action,
                documentId,
                version,
                step,
                actor.clientAddress(),
                actor.userAgent(),
                detail);
    }

    void publishChange(long documentId, String action, Actor actor) {
        ApprovalDocument doc = load(documentId);
        publishChange(
                doc,
                store.steps(documentId, doc.version()),
                store.recipients(documentId),
                substitutes(),
                action,
                actor);
    }

    /** Tells everyone the change concerns: the actor, the drafter, the line, today's substitutes and the recipients. */
    void publishChange(
            ApprovalDocument doc,
            List<ApprovalStep> steps,
            List<Recipient> recipients,
            Substitutes today,
            String action,
            Actor actor) {
        Set<String> people = new LinkedHashSet<>(List.of(actor.username(), doc.drafter()));
        for (ApprovalStep step : steps) {
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
        recipients.forEach(recipient -> people.add(recipient.username()));
        publish(doc.id(), action, List.copyOf(people));
    }

    void publish(long documentId, String action, List<String> usernames) {
        metrics.acted(action);
        events.publish(ApprovalChanged.TOPIC, new ApprovalChanged(documentId, action, usernames));
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ApprovalRefusedException refused(String key, String detail) {
        return new ApprovalRefusedException(key, detail);
    }
}
