package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.SourceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a declared source once: fetches it, maps its rows, and records the observations, all or nothing. Every run
 * goes into the source's log and status; a failure (the source did not answer, answered an error, or a mapped
 * field is gone) marks the tiles of its indicators until it delivers again. A dry run does the same without
 * recording anything.
 */
@Service
public class DeclaredSourceRunner {

    private static final Logger log = LoggerFactory.getLogger(DeclaredSourceRunner.class);

    private final SourceFetcher fetcher;
    private final IndicatorCatalog catalog;
    private final ObservationIngest ingest;
    private final DataSourceStore store;
    private final SourceStatusService statuses;
    private final SourceHealth health;
    private final Clock clock;

    DeclaredSourceRunner(
            SourceFetcher fetcher,
            IndicatorCatalog catalog,
            ObservationIngest ingest,
            DataSourceStore store,
            SourceStatusService statuses,
            SourceHealth health,
            Clock clock) {
        this.fetcher = fetcher;
        this.catalog = catalog;
        this.ingest = ingest;
        this.store = store;
        this.statuses = statuses;
        this.health = health;
        this.clock = clock;
    }

    /** Fetches and maps without recording anything: what a save would bring, and what it could not use. */
    public DryRun dryRun(DataSource source) {
        Instant now = clock.instant();
        try {
            Fetched fetched = fetcher.fetch(source);
            return new DryRun(fetched, map(source, fetched, now), null);
        } catch (FeedException | IllegalArgumentException failure) {
            return new DryRun(null, null, failure.getMessage());
        }
    }

    /** Maps and records the rows of an uploaded CSV file as this source declares them. */
    public SourceRun upload(DataSource source, byte[] content, String instance) {
        Instant started = clock.instant();
        try {
            return record(source, fetcher.upload(source, content), started, instance);
        } catch (FeedException | IllegalArgumentException failure) {
            return failed(source, started, instance, failure.getMessage());
        }
    }

    /** Runs the source and records how it went. */
    public SourceRun run(DataSource source, String instance) {
        Instant started = clock.instant();
        statuses.publishChange(source.name());
        try {
            return record(source, fetcher.fetch(source), started, instance);
        } catch (FeedException | IllegalArgumentException failure) {
            return failed(source, started, instance, failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.error("Source {} failed unexpectedly", source.name(), unexpected);
            return failed(
                    source, started, instance, unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
        }
    }

    private SourceRun record(DataSource source, Fetched fetched, Instant started, String instance) {
        ObservationMapper.Mapped mapped = map(source, fetched, started);
        if (mapped.broken()) {
            return failed(source, started, instance, mapped.problem());
        }
        ingest.record(mapped.observations(), Origin.FEED, source.name());
        String note = mapped.rejected().isEmpty()
                ? null
                : mapped.rejected().size() + " of " + mapped.rows()
                        + " rows not mapped, for example row "
                        + mapped.rejected().getFirst().row() + ": "
                        + mapped.rejected().getFirst().reason();
        SourceRun run = new SourceRun(
                source.name(),
                instance,
                started,
                clock.instant(),
                true,
                mapped.rows(),
                mapped.observations().size(),
                mapped.rejected().size(),
                note);
        store.recordRun(run);
        statuses.recordSuccess(source.name(), mapped.rows());
        health.recovered(source.name());
        log.debug(
                "Source {}: {} rows, {} values",
                source.name(),
                mapped.rows(),
                mapped.observations().size());
        return run;
    }

    private SourceRun failed(DataSource source, Instant started, String instance, String reason) {
        String message = reason == null || reason.isBlank() ? "(no message)" : reason;
        log.warn("Source {} failed: {}", source.name(), message);
        SourceRun run = new SourceRun(source.name(), instance, started, clock.instant(), false, 0, 0, 0, message);
        store.recordRun(run);
        statuses.recordFailure(source.name(), message);
        health.failing(source.name(), message);
        return run;
    }

    private ObservationMapper.Mapped map(DataSource source, Fetched fetched, Instant now) {
        Map<String, Boolean> perDistrict = new LinkedHashMap<>();
        for (SourceMapping.Value value : source.mapping().values()) {
            Indicator indicator = catalog.find(value.indicator())
                    .orElseThrow(() -> new FeedException(
                            source.name(), "maps to " + value.indicator() + ", which is not in the catalogue"));
            perDistrict.put(indicator.code(), indicator.perDistrict());
        }
        return ObservationMapper.map(source.mapping(), fetched.rows(), perDistrict, now);
    }

    /**
     * What a dry run found.
     *
     * @param fetched what came, or null if the fetch failed
     * @param mapped  what the mapping made of it, or null if the fetch failed
     * @param error   why the fetch failed, or null
     */
    public record DryRun(Fetched fetched, ObservationMapper.Mapped mapped, String error) {

        public boolean ok() {
            return error == null && mapped != null && !mapped.broken();
        }

        /** Why the run would fail, or null. */
        public String problem() {
            return error != null ? error : mapped.problem();
        }
    }
}
