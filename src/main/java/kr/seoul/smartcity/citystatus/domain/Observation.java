package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One measured value of an indicator at a time, for the city ({@code districtCode} empty) or a district.
 */
public record Observation(
        String indicatorCode,
        String districtCode,
        Instant observedAt,
        double value,
        Origin origin,
        @Nullable String recordedBy) {}
