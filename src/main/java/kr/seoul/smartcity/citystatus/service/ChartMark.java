package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.Labelled;

/** An event that touched an indicator, to be marked on its chart: an alert on it, a directive, an incident, a notice. */
public record ChartMark(Instant at, Kind kind, String text) {

    public enum Kind implements Labelled {
        ALERT,
        DIRECTIVE,
        INCIDENT,
        NOTICE;

        @Override
        public String labelKey() {
            return "chart.mark." + name().toLowerCase();
        }
    }
}
