package kr.seoul.smartcity.dataissue.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.domain.DataIssueStore;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * "Report a problem with this data": whoever sees an indicator may report its value as wrong; the report goes to the
 * queue of the department that owns the indicator, an official of that department (or an administrator) answers it
 * once, and the reporter reads the answer on the receipt page. Every step checks who takes it, whichever screen
 * it comes from.
 */
@Service
public class DataIssueService {

    public static final int MIN_MESSAGE = 5;
    public static final int MAX_MESSAGE = 2000;
    public static final int MIN_ANSWER = 2;
    public static final int MAX_ANSWER = 2000;
    /** How long answered reports stay in a department's queue. */
    public static final Duration ANSWERED_SHOWN_FOR = Duration.ofDays(30);

    private static final int QUEUE_LIMIT = 300;
    private static final int MAX_VALUE_SEEN = 200;
    private static final int MAX_WIDGET_ID = 100;
    private static final int RECEIPT_BYTES = 18;
    private static final Pattern RECEIPT = Pattern.compile("[A-Za-z0-9_-]{24}");

    private final DataIssueStore store;
    private final CityStatusService status;
    private final DirectoryService directory;
    private final LiveEventBus events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DataIssueService(
            DataIssueStore store,
            CityStatusService status,
            DirectoryService directory,
            LiveEventBus events,
            Clock clock) {
        this.store = store;
        this.status = status;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The indicator, if it exists and the viewer may see it (and so report it). */
    public Optional<Indicator> indicator(Viewer viewer, String code) {
        return code == null ? Optional.empty() : status.indicator(viewer, code);
    }

    public Optional<Department> department(String code) {
        return directory.findDepartment(code);
    }

    /**
     * Sends a report to the department that owns the indicator.
     *
     * @return the receipt: a random token the reporter follows the report by
     * @throws InvalidDataIssueException naming every field to fix (the message's length, an unknown district)
     * @throws DataIssueRefusedException if the indicator is unknown or not visible to the reporter (citizens report
     *                                   public indicators only)
     */
    public String report(DataIssueActor actor, DataIssueDraft draft) {
        Indicator indicator = indicator(actor.viewer(), draft.indicatorCode())
                .orElseThrow(() -> DataIssueRefusedException.notFound(
                        "unknown-indicator",
                        "There is no indicator " + draft.indicatorCode() + " to report",
                        draft.indicatorCode()));
        String message = strip(draft.message());
        String district = blankToNull(draft.districtCode());
        String widget = blankToNull(draft.widgetId());
        String value = blankToNull(draft.valueSeen());
        List<DataIssueProblem> problems = new ArrayList<>();
        if (message == null || message.length() < MIN_MESSAGE || message.length() > MAX_MESSAGE) {
            problems.add(DataIssueProblem.of(
                    "message",
                    "message-length",
                    "Say what is wrong in " + MIN_MESSAGE + " to " + MAX_MESSAGE + " characters",
                    MIN_MESSAGE,
                    MAX_MESSAGE));
        }
        if (district != null && SeoulDistrict.byCode(district).isEmpty()) {
            problems.add(DataIssueProblem.of("districtCode", "district", "There is no district " + district, district));
        }
        if (widget != null && widget.length() > MAX_WIDGET_ID) {
            problems.add(DataIssueProblem.of(
                    "widgetId",
                    "too-long",
                    "The widget id is longer than " + MAX_WIDGET_ID + " characters",
                    MAX_WIDGET_ID));
        }
        if (value != null && value.length() > MAX_VALUE_SEEN) {
            problems.add(DataIssueProblem.of(
                    "valueSeen",
                    "too-long",
                    "The value seen is longer than " + MAX_VALUE_SEEN + " characters",
                    MAX_VALUE_SEEN));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataIssueException(problems);
        }
        DataIssue saved = store.add(new DataIssue(
                0,
                indicator.code(),
                district,
                widget,
                value,
                draft.seenAsOf(),
                message,
                actor.username(),
                newReceipt(),
                indicator.owningDepartment(),
                clock.instant(),
                null,
                null,
                null));
        events.publish(DataIssueChanged.TOPIC, new DataIssueChanged(saved.id(), saved.departmentCode(), false));
        return saved.receipt();
    }

    /**
     * The reports a member of staff looks after: open ones first (newest first), then those answered in the last
     * {@link #ANSWERED_SHOWN_FOR}. An official sees their department's; administrators and the mayor see every
     * department's (the mayor to read only).
     *
     * @throws DataIssueRefusedException for citizens
     */
    public List<DataIssue> queue(DataIssueActor actor) {
        requireStaff(actor);
        Instant since = clock.instant().minus(ANSWERED_SHOWN_FOR);
        if (actor.role() == Role.ADMIN || actor.role() == Role.MAYOR) {
            return store.queue(null, since, QUEUE_LIMIT);
        }
        return actor.departmentCode() == null ? List.of() : store.queue(actor.departmentCode(), since, QUEUE_LIMIT);
    }

    /** Whether the person may answer this report: an official of its department or an administrator, once. */
    public boolean mayAnswer(DataIssueActor actor, DataIssue issue) {
        return !issue.answered() && mayAnswerFor(actor, issue.departmentCode());
    }

    /** Whether a change to reports of this department concerns the person's queue. */
    public boolean concerns(DataIssueActor actor, String departmentCode) {
        return actor.role() == Role.ADMIN
                || actor.role() == Role.MAYOR
                || departmentCode.equals(actor.departmentCode());
    }

    /**
     * Answers a report; the reporter sees the answer on the receipt page at once.
     *
     * @throws DataIssueRefusedException if the person may not answer it, it is unknown, or it is answered already
     * @throws InvalidDataIssueException if the answer is shorter than {@link #MIN_ANSWER} or longer than
     *                                   {@link #MAX_ANSWER} characters
     */
    public DataIssue answer(DataIssueActor actor, long id, String text) {
        requireStaff(actor);
        DataIssue issue = store.find(id)
                .orElseThrow(() ->
                        DataIssueRefusedException.notFound("unknown", "There is no report " + id, String.valueOf(id)));
        if (!mayAnswerFor(actor, issue.departmentCode())) {
            throw DataIssueRefusedException.notAllowed(
                    "not-yours",
                    "Officials of " + issue.departmentCode() + " and administrators answer this report",
                    issue.departmentCode());
        }
        if (issue.answered()) {
            throw alreadyAnswered(id);
        }
        String answer = strip(text);
        if (answer == null || answer.length() < MIN_ANSWER || answer.length() > MAX_ANSWER) {
            throw new InvalidDataIssueException(List.of(DataIssueProblem.of(
                    "answer",
                    "answer-length",
                    "Answer in " + MIN_ANSWER + " to " + MAX_ANSWER + " characters",
                    MIN_ANSWER,
                    MAX_ANSWER)));
        }
        DataIssue answered =
                store.answer(id, answer, actor.username(), clock.instant()).orElseThrow(() -> alreadyAnswered(id));
        events.publish(DataIssueChanged.TOPIC, new DataIssueChanged(id, answered.departmentCode(), true));
        return answered;
    }

    /** The report with this receipt, for whoever holds the receipt. */
    public Optional<DataIssue> byReceipt(@Nullable String token) {
        return token == null || !RECEIPT.matcher(token).matches() ? Optional.empty() : store.byReceipt(token);
    }

    /**
     * The report with this receipt, if the viewer may also see its indicator: a receipt of a report on an internal
     * indicator, passed on to a citizen, shows nothing.
     */
    public Optional<DataIssue> byReceipt(Viewer viewer, @Nullable String token) {
        return byReceipt(token)
                .filter(issue -> indicator(viewer, issue.indicatorCode()).isPresent());
    }

    private boolean mayAnswerFor(DataIssueActor actor, String departmentCode) {
        return actor.role() == Role.ADMIN
                || (actor.role() == Role.OFFICIAL && departmentCode.equals(actor.departmentCode()));
    }

    private String newReceipt() {
        byte[] bytes = new byte[RECEIPT_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void requireStaff(DataIssueActor actor) {
        if (!actor.isStaff()) {
            throw DataIssueRefusedException.notAllowed("staff-only", "Reports are answered by staff");
        }
    }

    private static DataIssueRefusedException alreadyAnswered(long id) {
        return DataIssueRefusedException.conflict(
                "answered", "Report " + id + " is answered already", String.valueOf(id));
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
