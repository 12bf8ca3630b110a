package kr.seoul.smartcity.usage.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.directory.domain.Role;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Consents, staff's recorded uses and citizens' hourly counts in PostgreSQL. */
@Repository
public class UsageStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    UsageStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    public Optional<Boolean> consent(String username) {
        return database.sql("SELECT consented FROM usage_consent WHERE username = :username")
                .bind("username", username)
                .map(row -> row.get("consented", Boolean.class))
                .one()
                .as(await::optional);
    }

    public Map<String, Boolean> consents() {
        return database.sql("SELECT username, consented FROM usage_consent")
                .map(row -> Map.entry(row.get("username", String.class), row.get("consented", Boolean.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .as(await::value);
    }

    public void decide(String username, boolean consented, Instant now) {
        database.sql("""
                        INSERT INTO usage_consent (username, consented, decided_at) VALUES (:username, :consented, :now)
                        ON CONFLICT (username) DO UPDATE SET consented = EXCLUDED.consented,
                            decided_at = EXCLUDED.decided_at""")
                .bind("username", username)
                .bind("consented", consented)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Forgets a person's recorded uses (when they withdraw their consent). */
    public void forget(String username) {
        database.sql("DELETE FROM usage_event WHERE username = :username")
                .bind("username", username)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Stores named uses one by one and adds anonymous ones to their hour's counts. */
    public void save(List<UsageEvent> named, Map<HourKey, long[]> anonymous) {
        Flux<Long> inserts = Flux.fromIterable(named)
                .concatMap(event -> database.sql("""
                        INSERT INTO usage_event (at, kind, subject, device, duration_ms, username, role)
                        VALUES (:at, :kind, :subject, :device, :duration, :username, :role)""")
                        .bind("at", event.at())
                        .bind("kind", event.kind().name())
                        .bind("subject", event.subject())
                        .bind("device", event.device().name())
                        .bind("duration", event.durationMillis())
                        .bind("username", event.username())
                        .bind("role", event.role() == null ? "" : event.role().name())
                        .fetch()
                        .rowsUpdated());
        Flux<Long> counts = Flux.fromIterable(anonymous.entrySet())
                .concatMap(entry -> database.sql("""
                        INSERT INTO usage_hourly (hour, kind, subject, device, station, uses, duration_ms)
                        VALUES (:hour, :kind, :subject, :device, :station, :uses, :duration)
                        ON CONFLICT (hour, kind, subject, device, station) DO UPDATE
                        SET uses = usage_hourly.uses + EXCLUDED.uses,
                            duration_ms = usage_hourly.duration_ms + EXCLUDED.duration_ms""")
                        .bind("hour", entry.getKey().hour())
                        .bind("kind", entry.getKey().kind().name())
                        .bind("subject", entry.getKey().subject())
                        .bind("device", entry.getKey().device().name())
                        .bind("station", entry.getKey().station())
                        .bind("uses", entry.getValue()[0])
                        .bind("duration", entry.getValue()[1])
                        .fetch()
                        .rowsUpdated());
        Flux.concat(inserts, counts).then().as(await::value);
    }

    /** Uses per subject of one kind in a period, by role, staff and citizens together. */
    public List<UsageCount> counts(UsageKind kind, Instant from, Instant to) {
        return database.sql("""
                        SELECT subject,
                               SUM(mayor) AS mayor, SUM(officials) AS officials, SUM(admins) AS admins,
                               SUM(citizens) AS citizens, SUM(staff) AS staff,
                               COALESCE(SUM(duration_ms) / NULLIF(SUM(timed), 0) / 1000, 0) AS average
                        FROM (
                            SELECT subject,
                                   COUNT(*) FILTER (WHERE role = 'MAYOR') AS mayor,
                                   COUNT(*) FILTER (WHERE role = 'OFFICIAL') AS officials,
                                   COUNT(*) FILTER (WHERE role = 'ADMIN') AS admins,
                                   0 AS citizens, COUNT(DISTINCT username) AS staff,
                                   SUM(duration_ms) AS duration_ms, COUNT(*) FILTER (WHERE duration_ms > 0) AS timed
                            FROM usage_event WHERE kind = :kind AND at >= :from AND at < :to GROUP BY subject
                            UNION ALL
                            SELECT subject, 0, 0, 0, SUM(uses), 0, SUM(duration_ms),
                                   SUM(uses) FILTER (WHERE duration_ms > 0)
                            FROM usage_hourly WHERE kind = :kind AND hour >= :from AND hour < :to GROUP BY subject
                        ) uses
                        GROUP BY subject ORDER BY SUM(mayor + officials + admins + citizens) DESC, subject""")
                .bind("kind", kind.name())
                .bind("from", from)
                .bind("to", to)
                .map(row -> new UsageCount(
                        row.get("subject", String.class),
                        number(row.get("mayor")),
                        number(row.get("officials")),
                        number(row.get("admins")),
                        number(row.get("citizens")),
                        number(row.get("staff")),
                        number(row.get("average"))))
                .all()
                .as(await::list);
    }

    /** Uses per hour of the day (Seoul time) in a period: [hour][0] staff, [hour][1] citizens. */
    public long[][] byHourOfDay(Instant from, Instant to) {
        long[][] hours = new long[24][2];
        database.sql("""
                        SELECT EXTRACT(HOUR FROM at AT TIME ZONE 'Asia/Seoul')::int AS h, COUNT(*) AS n, 0 AS c
                        FROM usage_event WHERE at >= :from AND at < :to GROUP BY 1
                        UNION ALL
                        SELECT EXTRACT(HOUR FROM hour AT TIME ZONE 'Asia/Seoul')::int, 0, SUM(uses)
                        FROM usage_hourly WHERE hour >= :from AND hour < :to GROUP BY 1""")
                .bind("from", from)
                .bind("to", to)
                .map(row -> new long[] {number(row.get("h")), number(row.get("n")), number(row.get("c"))})
                .all()
                .doOnNext(row -> {
                    hours[(int) row[0]][0] += row[1];
                    hours[(int) row[0]][1] += row[2];
                })
                .then()
                .as(await::value);
        return hours;
    }

    /** Kiosk touches per station in a period. */
    public List<Map.Entry<String, Long>> touchesByStation(Instant from, Instant to) {
        return database.sql("""
                        SELECT station, SUM(uses) AS uses FROM usage_hourly
                        WHERE kind = 'KIOSK_TOUCH' AND hour >= :from AND hour < :to
                        GROUP BY station ORDER BY uses DESC, station""")
                .bind("from", from)
                .bind("to", to)
                .map(row -> Map.entry(row.get("station", String.class), number(row.get("uses"))))
                .all()
                .as(await::list);
    }

    /** One person's recorded uses in a period, in order, of the given role (the mayor's day) or name. */
    public List<UsageEvent> uses(String column, String value, Instant from, Instant to, int limit) {
        if (!List.of("username", "role").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return database.sql("SELECT at, kind, subject, device, duration_ms, username, role FROM usage_event WHERE "
                        + column + " = :value AND at >= :from AND at < :to ORDER BY at LIMIT :limit")
                .bind("value", value)
                .bind("from", from)
                .bind("to", to)
                .bind("limit", limit)
                .map(row -> new UsageEvent(
                        row.get("at", Instant.class),
                        UsageKind.valueOf(row.get("kind", String.class)),
                        row.get("subject", String.class),
                        DeviceKind.valueOf(row.get("device", String.class)),
                        number(row.get("duration_ms")),
                        row.get("username", String.class),
                        Role.valueOf(row.get("role", String.class)),
                        null))
                .all()
                .as(await::list);
    }

    /** Deletes named uses before one moment and hourly counts before another; returns how many rows went. */
    public long expire(Instant usesBefore, Instant countsBefore) {
        List<Long> removed = new ArrayList<>();
        removed.add(database.sql("DELETE FROM usage_event WHERE at < :before")
                .bind("before", usesBefore)
                .fetch()
                .rowsUpdated()
                .as(await::value));
        removed.add(database.sql("DELETE FROM usage_hourly WHERE hour < :before")
                .bind("before", countsBefore)
                .fetch()
                .rowsUpdated()
                .as(await::value));
        return removed.stream().mapToLong(n -> n == null ? 0 : n).sum();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The key of an hourly count. */
    public record HourKey(Instant hour, UsageKind kind, String subject, DeviceKind device, String station) {}
}
