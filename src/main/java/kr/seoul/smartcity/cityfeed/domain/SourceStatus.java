package kr.seoul.smartcity.cityfeed.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the platform knows about one feed's runs, for administrators. The last error is kept after later successes,
 * so that the view can tell a source that is failing now from one that failed once.
 *
 * @param source      the feed's service name, for example {@code RealtimeCityAir}
 * @param enabled     whether the last instance to start had its key configured and polls it
 * @param rowsLastRun rows read by the last run (0 if it failed)
 * @param rowsTotal   rows read by all successful runs
 */
@Table("source_status")
public record SourceStatus(
        @Id String source,
        boolean enabled,
        @Nullable Instant lastRunAt,
        @Nullable Instant lastSuccessAt,
        @Nullable Instant lastErrorAt,
        @Nullable String lastError,
        int rowsLastRun,
        long rowsTotal) {

    public static SourceStatus never(String source, boolean enabled) {
        return new SourceStatus(source, enabled, null, null, null, null, 0, 0);
    }

    /** Whether the latest run failed. */
    public boolean failing() {
        return lastErrorAt != null && (lastSuccessAt == null || lastErrorAt.isAfter(lastSuccessAt));
    }
}
