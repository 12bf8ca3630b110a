package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

/** One point of a history chart: a raw value, or the average of an hour or a day with its range. */
public record SeriesPoint(Instant at, double value, double minimum, double maximum) {
}
