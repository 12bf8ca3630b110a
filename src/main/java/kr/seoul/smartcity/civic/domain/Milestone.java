package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/** A step of a project on its timeline: planned from start to end, done when {@code actualEnd} is set. */
public record Milestone(
        String projectCode,
        int seq,
        String nameKo,
        String nameEn,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Nullable LocalDate actualEnd) {

    /** Where a milestone stands on a day. */
    public enum Status implements Labelled {
        UPCOMING,
        IN_PROGRESS,
        OVERDUE,
        DONE,
        DONE_LATE;

        public boolean delayed() {
            return this == OVERDUE || this == DONE_LATE;
        }

        @Override
        public String labelKey() {
            return "project.milestone." + name();
        }
    }

    public Status status(LocalDate today) {
        if (actualEnd != null) {
            return actualEnd.isAfter(plannedEnd) ? Status.DONE_LATE : Status.DONE;
        }
        if (today.isAfter(plannedEnd)) {
            return Status.OVERDUE;
        }
        return today.isBefore(plannedStart) ? Status.UPCOMING : Status.IN_PROGRESS;
    }

    /** Days behind plan on that day: how late it finished, or how long past its planned end it still runs. */
    public long daysLate(LocalDate today) {
        LocalDate end = actualEnd != null ? actualEnd : today;
        return Math.max(0, ChronoUnit.DAYS.between(plannedEnd, end));
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }
}
