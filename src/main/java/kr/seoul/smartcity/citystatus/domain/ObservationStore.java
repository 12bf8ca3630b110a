package kr.seoul.smartcity.citystatus.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Observations with their rollups and latest values. A value recorded again for the same time replaces the old one
 * (a correction), and the hour and day it falls in are recomputed, so rollups never count a value twice.
 */
@Repository
public class ObservationStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final DatabaseClient database;
    private final TransactionalOperator transaction;

    ObservationStore(DatabaseClient database, TransactionalOperator transaction) {
        this.database = database;
        this.transaction = transaction;
    }

    /** Stores observations, their rollups and latest values in one transaction. */
    public void save(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        Set<Bucket> hours = new LinkedHashSet<>();
        observations.forEach(o -> hours.add(new Bucket(o.indicatorCode(), o.districtCode(),
                o.observedAt().truncatedTo(ChronoUnit.HOURS))));
        Flux.fromIterable(observations).concatMap(this::insert)
                .thenMany(Flux.fromIterable(hours).concatMap(this::rollUp))
                .then()
                .as(transaction::transactional)
                .block(TIMEOUT);
    }

    private Mono<Long> insert(Observation o) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("""
                        INSERT INTO observation (indicator_code, district_code, observed_at, value, origin, recorded_by)
                        VALUES (:indicator, :district, :at, :value, :origin, :by)
                        ON CONFLICT (indicator_code, district_code, observed_at)
                        DO UPDATE SET value = EXCLUDED.value, origin = EXCLUDED.origin,
                                      recorded_by = EXCLUDED.recorded_by, recorded_at = now()""")
                .bind("indicator", o.indicatorCode())
                .bind("district", o.districtCode())
                .bind("at", o.observedAt())
                .bind("value", o.value())
                .bind("origin", o.origin().name());
        insert = o.recordedBy() == null ? insert.bindNull("by", String.class) : insert.bind("by", o.recordedBy());
        return insert.fetch().rowsUpdated()
                .then(database.sql("""
                                INSERT INTO observation_latest (indicator_code, district_code, observed_at, value, origin)
                                VALUES (:indicator, :district, :at, :value, :origin)
                                ON CONFLICT (indicator_code, district_code) DO UPDATE
                                SET observed_at = EXCLUDED.observed_at, value = EXCLUDED.value, origin = EXCLUDED.origin
                                WHERE observation_latest.observed_at <= EXCLUDED.observed_at""")
                        .bind("indicator", o.indicatorCode())
                        .bind("district", o.districtCode())
                        .bind("at", o.observedAt())
                        .bind("value", o.value())
                        .bind("origin", o.origin().name())
                        .fetch().rowsUpdated());
    }

    private Mono<Long> rollUp(Bucket hour) {
        return database.sql("""
                        INSERT INTO observation_hourly (indicator_code, district_code, bucket, samples, total, minimum, maximum)
                        SELECT indicator_code, district_code, :hour, count(*), sum(value), min(value), max(value)
                        FROM observation
                        WHERE indicator_code = :indicator AND district_code = :district
                          AND observed_at >= :hour AND observed_at < :hour + interval '1 hour'
                        GROUP BY indicator_code, district_code
                        ON CONFLICT (indicator_code, district_code, bucket) DO UPDATE
                        SET samples = EXCLUDED.samples, total = EXCLUDED.total,
                            minimum = EXCLUDED.minimum, maximum = EXCLUDED.maximum""")
                .bind("indicator", hour.indicatorCode())
                .bind("district", hour.districtCode())
                .bind("hour", hour.start())
                .fetch().rowsUpdated()
                .then(database.sql("""
                                INSERT INTO observation_daily (indicator_code, district_code, bucket, samples, total, minimum, maximum)
                                SELECT indicator_code, district_code, (CAST(:hour AS timestamptz) AT TIME ZONE 'Asia/Seoul')::date,
                                       sum(samples), sum(total), min(minimum), max(maximum)
                                FROM observation_hourly
                                WHERE indicator_code = :indicator AND district_code = :district
                                  AND (bucket AT TIME ZONE 'Asia/Seoul')::date = (CAST(:hour AS timestamptz) AT TIME ZONE 'Asia/Seoul')::date
                                GROUP BY indicator_code, district_code
                                ON CONFLICT (indicator_code, district_code, bucket) DO UPDATE
                                SET samples = EXCLUDED.samples, total = EXCLUDED.total,
                                    minimum = EXCLUDED.minimum, maximum = EXCLUDED.maximum""")
                        .bind("indicator", hour.indicatorCode())
                        .bind("district", hour.districtCode())
                        .bind("hour", hour.start())
                        .fetch().rowsUpdated());
    }

    /** The latest value of every indicator and district. */
    public List<LatestValue> latest(Collection<String> indicatorCodes) {
        if (indicatorCodes.isEmpty()) {
            return List.of();
        }
        return database.sql("""
                        SELECT indicator_code, district_code, observed_at, value, origin FROM observation_latest
                        WHERE indicator_code IN (:codes)""")
                .bind("codes", List.copyOf(indicatorCodes))
                .map(row -> new LatestValue(row.get("indicator_code", String.class),
                        row.get("district_code", String.class),
                        row.get("observed_at", Instant.class),
                        row.get("value", Double.class),
                        Origin.valueOf(row.get("origin", String.class))))
                .all().collectList().block(TIMEOUT);
    }

    /** The history of one indicator for the city or one district, oldest first. */
    public List<SeriesPoint> series(String indicatorCode, String districtCode, Instant from, Instant to,
                                    Resolution resolution) {
        String sql = switch (resolution) {
            case RAW -> """
                    SELECT observed_at AS at, value AS avg, value AS minimum, value AS maximum FROM observation
                    WHERE indicator_code = :indicator AND district_code = :district
                      AND observed_at >= :from AND observed_at <= :to ORDER BY observed_at""";
            case HOUR -> """
                    SELECT bucket AS at, total / samples AS avg, minimum, maximum FROM observation_hourly
                    WHERE indicator_code = :indicator AND district_code = :district
                      AND bucket >= :from AND bucket <= :to ORDER BY bucket""";
            case DAY -> """
                    SELECT (bucket::timestamp AT TIME ZONE 'Asia/Seoul') AS at, total / samples AS avg, minimum, maximum
                    FROM observation_daily
                    WHERE indicator_code = :indicator AND district_code = :district
                      AND bucket >= (CAST(:from AS timestamptz) AT TIME ZONE 'Asia/Seoul')::date
                      AND bucket <= (CAST(:to AS timestamptz) AT TIME ZONE 'Asia/Seoul')::date ORDER BY bucket""";
        };
        return database.sql(sql)
                .bind("indicator", indicatorCode)
                .bind("district", districtCode)
                .bind("from", from)
                .bind("to", to)
                .map(row -> new SeriesPoint(row.get("at", Instant.class), row.get("avg", Double.class),
                        row.get("minimum", Double.class), row.get("maximum", Double.class)))
                .all().collectList().block(TIMEOUT);
    }

    private record Bucket(String indicatorCode, String districtCode, Instant start) {
    }
}
