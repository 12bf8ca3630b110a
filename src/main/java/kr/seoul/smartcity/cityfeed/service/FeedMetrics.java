package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Feed polls per source and outcome ({@code city.feed.polls}, {@code outcome} {@code success} or {@code failure}) and
 * each source's lag ({@code city.feed.lag}: seconds since its last successful poll on this instance; absent, NaN,
 * until it has one). Built-in feeds and declared sources alike, by their source name.
 */
@Component
class FeedMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicReference<Instant>> lastSuccess = new ConcurrentHashMap<>();

    FeedMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void polled(String source, boolean succeeded) {
        Counter.builder("city.feed.polls")
                .description("Polls of a feed or declared source")
                .tag("source", source)
                .tag("outcome", succeeded ? "success" : "failure")
                .register(registry)
                .increment();
        AtomicReference<Instant> last = lastSuccess.computeIfAbsent(source, this::lagGauge);
        if (succeeded) {
            last.set(clock.instant());
        }
    }

    private AtomicReference<Instant> lagGauge(String source) {
        AtomicReference<Instant> last = new AtomicReference<>();
        Gauge.builder("city.feed.lag", last, this::secondsSince)
                .baseUnit("seconds")
                .description("Time since the source's last successful poll on this instance")
                .tag("source", source)
                .register(registry);
        return last;
    }

    private double secondsSince(AtomicReference<Instant> last) {
        Instant at = last.get();
        return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
    }
}
