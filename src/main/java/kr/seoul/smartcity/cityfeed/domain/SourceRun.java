package kr.seoul.smartcity.cityfeed.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One run of a declared source, as its health page lists it. */
public record SourceRun(
        String source,
        String instance,
        Instant startedAt,
        Instant finishedAt,
        boolean ok,
        int rowsRead,
        int observations,
        int rejected,
        @Nullable String error) {

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }
}
