package kr.seoul.smartcity.citystatus.service;

import java.time.Duration;

import kr.seoul.smartcity.base.domain.Labelled;
import kr.seoul.smartcity.citystatus.domain.Resolution;

/** The spans of a history chart, each read at a resolution that keeps it fast. */
public enum HistoryRange implements Labelled {
    DAY(Duration.ofHours(24), Resolution.RAW),
    WEEK(Duration.ofDays(7), Resolution.HOUR),
    MONTH(Duration.ofDays(30), Resolution.HOUR),
    YEAR(Duration.ofDays(365), Resolution.DAY);

    private final Duration span;
    private final Resolution resolution;

    HistoryRange(Duration span, Resolution resolution) {
        this.span = span;
        this.resolution = resolution;
    }

    public Duration span() {
        return span;
    }

    public Resolution resolution() {
        return resolution;
    }

    @Override
    public String labelKey() {
        return "history." + name().toLowerCase();
    }
}
