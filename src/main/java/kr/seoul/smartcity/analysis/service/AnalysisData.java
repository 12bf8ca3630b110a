package kr.seoul.smartcity.analysis.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import kr.seoul.smartcity.analysis.domain.AnalysisDataStore;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The analyses' own datasets: read by the analyses (public data: everyone may read the results), replaced by
 * administrators only. An analysis asks for its datasets on each reading, so a replaced one is computed with at
 * once.
 */
@Service
public class AnalysisData {

    private final AnalysisDataStore store;
    private final Clock clock;
    private final Map<DatasetName, Dataset> read = new ConcurrentHashMap<>();

    AnalysisData(AnalysisDataStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The dataset as last replaced (its points are read again only when it was replaced since, on any instance). */
    public Optional<Dataset> dataset(DatasetName name) {
        Optional<Instant> updated = store.updatedAt(name);
        if (updated.isEmpty()) {
            return Optional.empty();
        }
        Dataset known = read.get(name);
        if (known != null && known.updatedAt().equals(updated.get())) {
            return Optional.of(known);
        }
        Optional<Dataset> found = store.find(name);
        found.ifPresent(dataset -> read.put(name, dataset));
        return found;
    }

    /**
     * Replaces a dataset with new points.
     *
     * @throws IllegalStateException    if {@code role} is not an administrator's
     * @throws IllegalArgumentException if the dataset has no points or names no source
     */
    public Dataset replace(
            String username,
            @Nullable Role role,
            DatasetName name,
            String source,
            @Nullable String link,
            @Nullable LocalDate asOf,
            boolean simulated,
            List<DataPoint> points) {
        if (role != Role.ADMIN) {
            throw new IllegalStateException("only administrators replace the analyses' datasets");
        }
        if (points.isEmpty() || source == null || source.isBlank()) {
            throw new IllegalArgumentException("a dataset needs its source and at least one point");
        }
        Dataset dataset = new Dataset(
                name,
                source.strip(),
                link,
                asOf,
                simulated,
                username,
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                points);
        store.replace(dataset);
        return dataset;
    }
}
