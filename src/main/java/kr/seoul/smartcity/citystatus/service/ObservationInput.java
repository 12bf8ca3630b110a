package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A value to record: from a feed, the simulated city, or an official's entry.
 *
 * @param districtCode five-digit district code, or {@code null} for the whole city
 */
public record ObservationInput(
        String indicatorCode, @Nullable String districtCode, Instant observedAt, double value) {}
