package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** One point of a history chart: a raw value, or the average of an hour or a day with its range. */
@NamedInterface("model")
public record SeriesPoint(Instant at, double value, double minimum, double maximum) {}
