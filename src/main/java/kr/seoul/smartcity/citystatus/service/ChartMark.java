package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;

/** An event that touched an indicator, to be marked on its chart: an alert on it, a directive, an incident, a notice. */
public record ChartMark(Instant at, Kind kind, String text) {

    public enum Kind {
        ALERT, DIRECTIVE, INCIDENT, NOTICE;

        public String labelKey() {
            return "chart.mark." + name().toLowerCase();
        }
    }
}
