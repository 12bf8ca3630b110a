package kr.seoul.smartcity.dataissue.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A report that an indicator shows something wrong, as the reporter saw it, and the owning department's answer.
 *
 * @param districtCode     the district the value was shown for, or {@code null} for the whole city
 * @param widgetId         the screen element the value was shown in, if the screen named it
 * @param reporterUsername the member of staff who reported it; {@code null} for a citizen (anonymous)
 * @param receipt          the unguessable token the reporter follows the report by
 * @param departmentCode   the department that owned the indicator when it was reported, and answers
 */
public record DataIssue(
        long id,
        String indicatorCode,
        @Nullable String districtCode,
        @Nullable String widgetId,
        @Nullable String valueSeen,
        @Nullable Instant seenAsOf,
        String message,
        @Nullable String reporterUsername,
        String receipt,
        String departmentCode,
        Instant createdAt,
        @Nullable String answer,
        @Nullable String answeredBy,
        @Nullable Instant answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
