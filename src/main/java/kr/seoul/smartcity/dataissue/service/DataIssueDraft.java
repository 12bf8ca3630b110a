package kr.seoul.smartcity.dataissue.service;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A report as the screen sends it: the indicator and where its value was shown, the value and its as-of time as the
 * reporter saw them, and what the reporter wrote.
 *
 * @param districtCode five-digit district code, or {@code null} (or blank) for the whole city
 * @param widgetId     the screen element that showed the value, if the screen names its elements
 * @param valueSeen    the value as shown, with its unit
 */
public record DataIssueDraft(
        String indicatorCode,
        @Nullable String districtCode,
        @Nullable String widgetId,
        @Nullable String valueSeen,
        @Nullable Instant seenAsOf,
        String message) {}
