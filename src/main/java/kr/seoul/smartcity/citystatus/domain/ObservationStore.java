package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.Seoul;
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

    private static final int CHUNK = 500;
    private static final ZoneId SEOUL = Seoul.ZONE;

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ObservationStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Stores observations, their rollups and latest values in one transaction. */
    public void save(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        // one value per series and time (the last wins), as a statement may not touch a row twice
        Map<SeriesTime, Observation> unique = new LinkedHashMap<>();
        observations.forEach(o -> unique.put(new SeriesTime(o.indicatorCode(), o.districtCode(), o.observedAt()), o));
        Map<Series, Observation> newest = new LinkedHashMap<>();
        unique.values()
                .forEach(o -> newest.merge(
                        new Series(o.indicatorCode(), o.districtCode()),
                        o,
                        (a, b) -> b.observedAt().isAfter(a.observedAt()) ? b : a));
        Set<SeriesTime> hours = new LinkedHashSet<>();
        unique.values()
                .forEach(o -> hours.add(new SeriesTime(
                        o.indicatorCode(), o.districtCode(), o.observedAt().truncatedTo(ChronoUnit.HOURS))));
        Set<SeriesTime> days = new LinkedHashSet<>();
        hours.forEach(h -> days.add(new SeriesTime(h.indicatorCode(), h.districtCode(), startOfSeoulDay(h.at()))));

        Flux.fromIterable(chunks(List.copyOf(unique.values())))
                .concatMap(this::insertObservations)
                .thenMany(
                        Flux.fromIterable(chunks(List.copyOf(newest.values()))).concatMap(this::updateLatest))
                .thenMany(Flux.fromIterable(chunks(List.copyOf(hours))).concatMap(this::rollUpHours))
                .thenMany(Flux.fromIterable(chunks(List.copyOf(days))).concatMap(this::rollUpDays))
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    private Mono<Long> insertObservations(List<Observation> rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO observation (indicator_code, district_code, observed_at, value, origin, recorded_by) VALUES ");
        appendTuples(sql, rows.size(), 6, "", "", "::timestamptz", "", "", "");
        sql.append("""
                 ON CONFLICT (indicator_code, district_code, observed_at)
                DO UPDATE SET value = EXCLUDED.value, origin = EXCLUDED.origin,
                              recorded_by = EXCLUDED.recorded_by, recorded_at = now()""");
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql.toString());
        int i = 0;
        for (Observation o : rows) {
            spec = spec.bind(i++, o.indicatorCode())
                    .bind(i++, o.districtCode())
                    .bind(i++, o.observedAt().atOffset(ZoneOffset.UTC))
                    .bind(i++, o.value())
                    .bind(i++, o.origin().name());
            spec = o.recordedBy() == null ? spec.bindNull(i++, String.class) : spec.bind(i++, o.recordedBy());
        }
        return spec.fetch().rowsUpdated();
    }

    private Mono<Long> updateLatest(List<Observation> rows) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO observation_latest (indicator_code, district_code, observed_at, value, origin) VALUES ");
        appendTuples(sql, rows.size(), 5, "", "", "::timestamptz", "", "");
        sql.append("""
                 ON CONFLICT (indicator_code, district_code) DO UPDATE
                SET observed_at = EXCLUDED.observed_at, value = EXCLUDED.value, origin = EXCLUDED.origin
                WHERE observation_latest.observed_at <= EXCLUDED.observed_at""");
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql.toString());
        int i = 0;
        for (Observation o : rows) {
            spec = spec.bind(i++, o.indicatorCode())
                    .bind(i++, o.districtCode())
                    .bind(i++, o.observedAt().atOffset(ZoneOffset.UTC))
                    .bind(i++, o.value())
                    .bind(i++, o.origin().name());
        }
        return spec.fetch().rowsUpdated();
    }

    private Mono<Long> rollUpHours(List<SeriesTime> hours) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO observation_hourly (indicator_code, district_code, bucket, samples, total, minimum, maximum)
                SELECT b.indicator, b.district, b.hour, count(*), sum(o.value), min(o.value), max(o.value)
                FROM observation o JOIN (VALUES """);
        appendTuples(sql, hours.size(), 3, "", "", "::timestamptz");
        sql.append("""
                ) AS b (indicator, district, hour)
                  ON o.indicator_code = b.indicator AND o.district_code = b.district
                 AND o.observed_at >= b.hour AND o.observed_at < b.hour + interval '1 hour'
                GROUP BY b.indicator, b.district, b.hour
                ON CONFLICT (indicator_code, district_code, bucket) DO UPDATE
                SET samples = EXCLUDED.samples, total = EXCLUDED.total,
                    minimum = EXCLUDED.minimum, maximum = EXCLUDED.maximum""");
        return bindSeriesTimes(database.sql(sql.toString()), hours).fetch().rowsUpdated();
    }

    private Mono<Long> rollUpDays(List<SeriesTime> days) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO observation_daily (indicator_code, district_code, bucket, samples, total, minimum, maximum)
                SELECT b.indicator, b.district, (b.day AT TIME ZONE 'Asia/Seoul')::date,
                       sum(h.samples), sum(h.total), min(h.minimum), max(h.maximum)
                FROM observation_hourly h JOIN (VALUES """);
        appendTuples(sql, days.size(), 3, "", "", "::timestamptz");
        sql.append("""
                ) AS b (indicator, district, day)
                  ON h.indicator_code = b.indicator AND h.district_code = b.district
                 AND h.bucket >= b.day AND h.bucket < b.day + interval '1 day'
                GROUP BY b.indicator, b.district, b.day
                ON CONFLICT (indicator_code, district_code, bucket) DO UPDATE
                SET samples = EXCLUDED.samples, total = EXCLUDED.total,
                    minimum = EXCLUDED.minimum, maximum = EXCLUDED.maximum""");
        return bindSeriesTimes(database.sql(sql.toString()), days).fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bindSeriesTimes(
            DatabaseClient.GenericExecuteSpec spec, List<SeriesTime> rows) {
        int i = 0;
        for (SeriesTime row : rows) {
            spec = spec.bind(i++, row.indicatorCode())
                    .bind(i++, row.districtCode())
                    .bind(i++, row.at().atOffset(ZoneOffset.UTC));
        }
        return spec;
    }

    /** Appends {@code ($1, $2::cast, ...), (...)} for a multi-row statement. */
    private static void appendTuples(StringBuilder sql, int rows, int columns, String... casts) {
        int parameter = 1;
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 0; column < columns; column++) {
                sql.append(column == 0 ? "" : ", ")
                        .append('$')
                        .append(parameter++)
                        .append(casts[column]);
            }
            sql.append(')');
        }
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < rows.size(); start += CHUNK) {
            chunks.add(rows.subList(start, Math.min(rows.size(), start + CHUNK)));
        }
        return chunks;
    }

    private static Instant startOfSeoulDay(Instant at) {
        return at.atZone(SEOUL).toLocalDate().atStartOfDay(SEOUL).toInstant();
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
                .map(row -> new LatestValue(
                        row.get("indicator_code", String.class),
                        row.get("district_code", String.class),
                        row.get("observed_at", Instant.class),
                        row.get("value", Double.class),
                        Origin.valueOf(row.get("origin", String.class))))
                .all()
                .as(await::list);
    }

    /** Hourly averages of several indicators for the city or one district, oldest first, in one query. */
    public Map<String, List<SeriesPoint>> hourlySeries(
            Collection<String> indicatorCodes, String districtCode, Instant from, Instant to) {
        if (indicatorCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        database.sql("""
                        SELECT indicator_code, bucket AS at, total / samples AS avg, minimum, maximum
                        FROM observation_hourly
                        WHERE indicator_code IN (:codes) AND district_code = :district
                          AND bucket >= :from AND bucket <= :to ORDER BY indicator_code, bucket""")
                .bind("codes", List.copyOf(indicatorCodes))
                .bind("district", districtCode)
                .bind("from", from)
                .bind("to", to)
                .map(row -> Map.entry(
                        row.get("indicator_code", String.class),
                        new SeriesPoint(
                                row.get("at", Instant.class), row.get("avg", Double.class),
                                row.get("minimum", Double.class), row.get("maximum", Double.class))))
                .all()
                .as(await::list)
                .forEach(point -> series.computeIfAbsent(point.getKey(), code -> new ArrayList<>())
                        .add(point.getValue()));
        return series;
    }

    /** The history of one indicator for the city or one district, oldest first. */
    public List<SeriesPoint> series(
            String indicatorCode, String districtCode, Instant from, Instant to, Resolution resolution) {
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
                .map(row -> new SeriesPoint(
                        row.get("at", Instant.class),
                        row.get("avg", Double.class),
                        row.get("minimum", Double.class),
                        row.get("maximum", Double.class)))
                .all()
                .as(await::list);
    }

    private record Series(String indicatorCode, String districtCode) {}

    private record SeriesTime(String indicatorCode, String districtCode, Instant at) {}
}
