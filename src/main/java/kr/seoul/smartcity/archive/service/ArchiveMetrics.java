package kr.seoul.smartcity.archive.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import org.springframework.stereotype.Component;

/**
 * The archive's indexing: entries waiting in the outbox ({@code city.archive.outbox}, read from PostgreSQL when
 * scraped, so the same on every instance; NaN while the database cannot be read) and items written to the index
 * ({@code city.archive.indexed}, by {@code outcome}: {@code indexed}, {@code deleted} or {@code failed}; its rate is
 * the indexing rate).
 */
@Component
class ArchiveMetrics {

    private final Counter indexed;
    private final Counter deleted;
    private final Counter failed;

    ArchiveMetrics(MeterRegistry registry, ArchiveStore store) {
        Gauge.builder("city.archive.outbox", store, ArchiveMetrics::outbox)
                .description("Archive changes waiting to reach the search index")
                .register(registry);
        indexed = counter(registry, "indexed");
        deleted = counter(registry, "deleted");
        failed = counter(registry, "failed");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("city.archive.indexed")
                .description("Archive items written to the search index")
                .tag("outcome", outcome)
                .register(registry);
    }

    void drained(ArchiveIndexer.DrainResult result) {
        indexed.increment(result.indexed());
        deleted.increment(result.deleted());
        failed.increment(result.failed());
    }

    private static double outbox(ArchiveStore store) {
        try {
            return store.outboxSize();
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
