package kr.seoul.smartcity.directive.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Annotation;
import kr.seoul.smartcity.directive.domain.Briefing;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.domain.NewAttachment;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.domain.ReportStore;
import kr.seoul.smartcity.directive.domain.StoredAttachment;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * Digital reports (보고): departments submit them to the mayor's queue in place of paper status reports, and the
 * mayor presents them in briefings whose page every following screen shows. Reports are INTERNAL: every member of
 * staff may read them, citizens none.
 */
@Service
public class ReportService {

    private final ReportStore store;
    private final DisclosurePolicy policy;
    private final LiveEventBus events;
    private final Clock clock;

    ReportService(ReportStore store, DisclosurePolicy policy, LiveEventBus events, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits a report of the actor's department.
     *
     * @throws InvalidDirectiveException if the title or text is missing or too long, or the actor has no department
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException if a file is refused (type or size)
     */
    public Report submit(Actor actor, NewReport report, List<Upload> files) {
        return submit(actor, report, files, false);
    }

    /** Submits a report of the sample set (marked as such). */
    public Report submitSample(Actor actor, NewReport report) {
        return submit(actor, report, List.of(), true);
    }

    private Report submit(Actor actor, NewReport report, List<Upload> files, boolean sample) {
        String title =
                report.title() == null ? "" : PlainText.clean(report.title()).strip();
        String body =
                report.body() == null ? "" : PlainText.clean(report.body()).strip();
        List<String> problems = new ArrayList<>();
        if (actor.departmentCode() == null) {
            problems.add("report.problem.department");
        }
        if (title.isEmpty() || title.length() > DirectiveLimits.MAX_TITLE) {
            problems.add("report.problem.title");
        }
        if (body.isEmpty() || body.length() > DirectiveLimits.MAX_REPORT_BODY) {
            problems.add("report.problem.body");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDirectiveException(problems);
        }
        List<NewAttachment> checked = Attachments.check(files);
        long id = store.insert(
                title,
                body,
                actor.departmentCode(),
                actor,
                clock.instant(),
                blankToNull(report.indicatorCode()),
                blankToNull(report.projectCode()),
                checked,
                sample);
        events.publish(ReportSubmitted.TOPIC, new ReportSubmitted(id, actor.departmentCode()));
        return store.find(id).orElseThrow();
    }

    /** The mayor's reporting queue (every report), or for an official their department's reports; newest first. */
    public List<Report> queue(Viewer viewer) {
        if (viewer.role() == Role.MAYOR || viewer.role() == Role.ADMIN) {
            return visible(viewer, store.list(null, 200));
        }
        if (viewer.isStaff() && viewer.departmentCode() != null) {
            return visible(viewer, store.list(viewer.departmentCode(), 200));
        }
        return List.of();
    }

    public Optional<Report> report(Viewer viewer, long id) {
        return store.find(id).filter(report -> policy.canSee(viewer, report));
    }

    /** Reports after an id in id order (for the archive to catch up), whoever may see them. */
    public List<Report> reportsAfter(long afterId, int limit) {
        return store.after(afterId, limit);
    }

    /** The full report for the archive, whoever may see it; the archive applies its disclosure itself. */
    public Optional<Report> reportForArchive(long id) {
        return store.find(id);
    }

    /** Marks a report read when the mayor opens it. */
    public void opened(Viewer viewer, Report report) {
        if (viewer.role() == Role.MAYOR && report.readAt() == null) {
            store.markRead(report.id(), clock.instant());
        }
    }

    public Optional<StoredAttachment> attachment(Viewer viewer, long reportId, long attachmentId) {
        return report(viewer, reportId).flatMap(r -> store.attachment(reportId, attachmentId));
    }

    /** Starts a briefing on a report with the actor presenting; returns its id, to follow at {@code /briefing/{id}}. */
    public Briefing startBriefing(Actor actor, Viewer viewer, long reportId) {
        report(viewer, reportId).orElseThrow(() -> new InvalidDirectiveException(List.of("report.problem.unknown")));
        String id = UUID.randomUUID().toString();
        store.startBriefing(id, reportId, actor.username(), clock.instant());
        return store.briefing(id).orElseThrow();
    }

    public Optional<Briefing> briefing(String id) {
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return store.briefing(id);
    }

    /**
     * Turns the briefing to a page; every screen following it turns too.
     *
     * @throws DirectiveRefusedException if the actor is not the presenter or the briefing has ended
     */
    public Briefing turnTo(Actor actor, String briefingId, int page) {
        Briefing briefing = presenting(actor, briefingId);
        Report report = store.find(briefing.reportId()).orElseThrow();
        int bounded = Math.max(0, Math.min(page, report.pages().size() - 1));
        store.movePage(briefingId, bounded);
        events.publish(BriefingMoved.TOPIC, new BriefingMoved(briefingId, bounded, false));
        return store.briefing(briefingId).orElseThrow();
    }

    /** Writes a note on the page being shown; every screen following shows it. */
    public void annotate(Actor actor, String briefingId, String text) {
        Briefing briefing = presenting(actor, briefingId);
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > DirectiveLimits.MAX_ANNOTATION) {
            throw new InvalidDirectiveException(List.of("briefing.problem.note"));
        }
        store.annotate(briefingId, briefing.page(), note, actor.name(), clock.instant());
        events.publish(BriefingMoved.TOPIC, new BriefingMoved(briefingId, briefing.page(), false));
    }

    public List<Annotation> annotations(String briefingId) {
        return store.annotations(briefingId);
    }

    public void endBriefing(Actor actor, String briefingId) {
        Briefing briefing = presenting(actor, briefingId);
        store.endBriefing(briefingId, clock.instant());
        events.publish(BriefingMoved.TOPIC, new BriefingMoved(briefingId, briefing.page(), true));
    }

    public long count() {
        return store.count();
    }

    private Briefing presenting(Actor actor, String briefingId) {
        Briefing briefing = briefing(briefingId)
                .orElseThrow(() -> new InvalidDirectiveException(List.of("briefing.problem.unknown")));
        if (!briefing.presenter().equals(actor.username())) {
            throw new DirectiveRefusedException("briefing.refused.not-presenter");
        }
        if (briefing.ended()) {
            throw new DirectiveRefusedException("briefing.refused.ended");
        }
        return briefing;
    }

    private List<Report> visible(Viewer viewer, List<Report> reports) {
        return reports.stream().filter(report -> policy.canSee(viewer, report)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
