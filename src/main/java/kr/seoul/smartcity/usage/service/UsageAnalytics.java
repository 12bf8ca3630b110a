package kr.seoul.smartcity.usage.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.usage.domain.UsageCount;
import kr.seoul.smartcity.usage.domain.UsageEvent;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.domain.UsageStore;
import org.springframework.stereotype.Service;

/**
 * What the platform's use says, for administrators and the mayor: the most and least used screens and widgets by
 * role, the widgets nobody opened, the mayor's day, peak hours and kiosk touches per station; and each person's own
 * record for themselves. Never a citizen by name: citizens exist here only as counts.
 */
@Service
public class UsageAnalytics {

    private static final int PATH_LIMIT = 500;

    private final UsageStore store;
    private final UsageRecorder recorder;
    private final List<UsageSubjects> subjects;
    private final Clock clock;

    UsageAnalytics(UsageStore store, UsageRecorder recorder, List<UsageSubjects> subjects, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.subjects = List.copyOf(subjects);
        this.clock = clock;
    }

    /** Who may read the platform's use: administrators and the mayor. */
    public static boolean mayRead(Role role) {
        return role == Role.ADMIN || role == Role.MAYOR;
    }

    public List<UsageCount> counts(Role reader, UsageKind kind, Duration period) {
        check(reader);
        flushed();
        Instant now = clock.instant();
        return store.counts(kind, now.minus(period), now.plusSeconds(1));
    }

    /** The widgets on dashboards that nobody opened in the period: candidates to retire. */
    public List<UsageSubjects.Subject> unopenedWidgets(Role reader, Duration period) {
        Set<String> opened = counts(reader, UsageKind.WIDGET, period).stream()
                .map(UsageCount::subject)
                .collect(Collectors.toSet());
        return subjects.stream()
                .flatMap(source -> source.widgets().stream())
                .filter(widget -> !opened.contains(widget.key()))
                .sorted(Comparator.comparing(UsageSubjects.Subject::key))
                .toList();
    }

    /** Every widget that could be opened, by its key, with its label and its dashboard's perspective. */
    public Map<String, UsageSubjects.Subject> widgets() {
        return subjects.stream()
                .flatMap(source -> source.widgets().stream())
                .collect(Collectors.toMap(UsageSubjects.Subject::key, widget -> widget, (a, b) -> a));
    }

    /** Uses per hour of the day: [hour][0] staff, [hour][1] citizens. */
    public long[][] peakHours(Role reader, Duration period) {
        check(reader);
        flushed();
        Instant now = clock.instant();
        return store.byHourOfDay(now.minus(period), now.plusSeconds(1));
    }

    public List<Map.Entry<String, Long>> kioskTouches(Role reader, Duration period) {
        check(reader);
        flushed();
        Instant now = clock.instant();
        return store.touchesByStation(now.minus(period), now.plusSeconds(1));
    }

    /** The mayor's path through the platform on one day (Seoul time), as recorded with the mayor's consent. */
    public List<UsageEvent> mayorsDay(Role reader, LocalDate day) {
        check(reader);
        flushed();
        Instant from = day.atStartOfDay(Seoul.ZONE).toInstant();
        return store.uses("role", Role.MAYOR.name(), from, from.plus(Duration.ofDays(1)), PATH_LIMIT);
    }

    /** A member of staff's own recorded uses in the period, newest last. */
    public List<UsageEvent> own(String username, Duration period) {
        flushed();
        Instant now = clock.instant();
        return store.uses("username", username, now.minus(period), now.plusSeconds(1), PATH_LIMIT);
    }

    private void flushed() {
        recorder.flush();
    }

    private static void check(Role reader) {
        if (!mayRead(reader)) {
            throw new SecurityException("Only administrators and the mayor read the platform's use");
        }
    }
}
