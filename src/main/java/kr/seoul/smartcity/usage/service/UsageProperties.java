package kr.seoul.smartcity.usage.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform's use is recorded.
 *
 * @param enabled whether anything is recorded at all
 * @param retention how long a member of staff's recorded uses are kept
 * @param countRetention how long citizens' anonymous hourly counts are kept
 * @param flushEvery how often recorded uses are written (they are gathered in memory in between)
 */
@ConfigurationProperties("city.usage")
public record UsageProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("730d") Duration countRetention,
        @DefaultValue("10s") Duration flushEvery) {}
