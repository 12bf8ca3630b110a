package kr.seoul.smartcity.civic.domain;

import java.time.LocalDate;

/** A project's overall progress in percent as reported on a day, with a note. */
public record ProgressEntry(String projectCode, LocalDate recordedOn, double percent, String note) {}
