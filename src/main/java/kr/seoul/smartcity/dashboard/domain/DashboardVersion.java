package kr.seoul.smartcity.dashboard.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A kept version of a dashboard: who saved it, when, why, and what it was. */
public record DashboardVersion(
        String slug,
        int version,
        String changedBy,
        Instant changedAt,
        @Nullable String note,
        Definition definition) {

    /** What a version keeps: the names, whether it is open to citizens, its rotation and its layout. */
    public record Definition(
            String nameKo,
            String nameEn,
            boolean openToPublic,
            @Nullable Integer rotateSeconds,
            Layout layout) {

        public static Definition of(Dashboard dashboard) {
            return new Definition(
                    dashboard.nameKo(),
                    dashboard.nameEn(),
                    dashboard.openToPublic(),
                    dashboard.rotateSeconds(),
                    dashboard.layout());
        }
    }
}
