package kr.seoul.smartcity.cityfeed.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A declared source: configuration, not code. The credential is never stored here, only the name of the setting
 * (a property or environment variable such as {@code city.sources.seoul.key}) that holds it.
 *
 * @param name             unique, as the tiles and the health page name it (letters, digits, {@code -_.})
 * @param everyMinutes     how often it is fetched
 * @param credential       the setting holding its key or password, or null when it needs none
 * @param enabled          whether it is fetched; a source whose credential is not set is not fetched either
 * @param owningDepartment the department that answers for it
 * @param version          raised by every saved change
 */
public record DataSource(
        String name,
        SourceKind kind,
        SourceRequest request,
        SourceMapping mapping,
        int everyMinutes,
        @Nullable String credential,
        boolean enabled,
        String owningDepartment,
        @Nullable String description,
        int version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt) {

    public Duration every() {
        return Duration.ofMinutes(everyMinutes);
    }
}
