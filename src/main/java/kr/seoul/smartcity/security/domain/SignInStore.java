package kr.seoul.smartcity.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins counted per key (an account or a client address) in PostgreSQL, so that every instance behind the
 * load balancer counts the same; and the audit of sign-ins and account changes.
 */
@Repository
public class SignInStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    SignInStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Until when the key is locked, if it is locked now. */
    public Optional<Instant> lockedUntil(String key, Instant now) {
        return database.sql(
                        "SELECT locked_until FROM sign_in_throttle WHERE throttle_key = :key AND locked_until > :now")
                .bind("key", key)
                .bind("now", now)
                .map(row -> row.get("locked_until", Instant.class))
                .one()
                .as(await::optional);
    }

    /**
     * Counts one failure of the key in one statement (safe when instances count at once): a window older than
     * {@code window} starts again; the {@code max}-th failure within it locks the key for {@code lockout} and starts
     * the count afresh, so that after the lockout the next {@code max} failures lock it again.
     *
     * @return until when the key is locked, if this failure locked it
     */
    public Optional<Instant> countFailure(String key, Instant now, Duration window, int max, Duration lockout) {
        // PostgreSQL keeps microseconds: compare what comes back with what was written at that precision
        Instant until = now.plus(lockout).truncatedTo(ChronoUnit.MICROS);
        return database.sql("""
                        INSERT INTO sign_in_throttle AS t (throttle_key, failures, window_start, locked_until)
                        VALUES (:key, CASE WHEN :max <= 1 THEN 0 ELSE 1 END, :now,
                                CASE WHEN :max <= 1 THEN CAST(:until AS TIMESTAMPTZ) END)
                        ON CONFLICT (throttle_key) DO UPDATE SET
                            failures = CASE WHEN (CASE WHEN t.window_start < :since THEN 1 ELSE t.failures + 1 END) >= :max
                                            THEN 0 ELSE (CASE WHEN t.window_start < :since THEN 1 ELSE t.failures + 1 END) END,
                            window_start = CASE WHEN t.window_start < :since
                                                  OR (t.failures + 1) >= :max THEN :now ELSE t.window_start END,
                            locked_until = CASE WHEN (CASE WHEN t.window_start < :since THEN 1 ELSE t.failures + 1 END) >= :max
                                                THEN CAST(:until AS TIMESTAMPTZ) ELSE t.locked_until END
                        RETURNING locked_until""")
                .bind("key", key)
                .bind("now", now)
                .bind("since", now.minus(window))
                .bind("max", max)
                .bind("until", until)
                .map(row -> Optional.ofNullable(row.get("locked_until", Instant.class)))
                .one()
                .as(await::optional)
                .flatMap(locked -> locked)
                .filter(locked -> locked.equals(until));
    }

    /** Forgets a key's failures (after a successful sign-in to that account). */
    public void clear(String key) {
        database.sql("DELETE FROM sign_in_throttle WHERE throttle_key = :key")
                .bind("key", key)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void record(
            String username,
            Instant at,
            String clientAddress,
            String userAgent,
            SignInOutcome outcome,
            @Nullable String actor) {
        DatabaseClient.GenericExecuteSpec insert = database.sql("""
                        INSERT INTO sign_in_event (username, occurred_at, client_address, user_agent, outcome, actor)
                        VALUES (:username, :at, :address, :agent, :outcome, :actor)""")
                .bind("username", clip(username, 200))
                .bind("at", at)
                .bind("address", clip(clientAddress, 64))
                .bind("agent", clip(userAgent, 200))
                .bind("outcome", outcome.name());
        insert = actor == null ? insert.bindNull("actor", String.class) : insert.bind("actor", actor);
        insert.fetch().rowsUpdated().as(await::value);
    }

    /**
     * The newest events, newest first, narrowed by username (exact; empty for all), outcome (null for all) and
     * period.
     */
    public List<SignInEvent> events(
            @Nullable String username, @Nullable SignInOutcome outcome, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, username, occurred_at, client_address, user_agent, outcome, actor FROM sign_in_event
                WHERE occurred_at >= :from AND occurred_at < :to""");
        List<String> binds = new ArrayList<>();
        if (username != null && !username.isBlank()) {
            sql.append(" AND username = :username");
            binds.add("username");
        }
        if (outcome != null) {
            sql.append(" AND outcome = :outcome");
            binds.add("outcome");
        }
        sql.append(" ORDER BY occurred_at DESC, id DESC LIMIT :limit");
        DatabaseClient.GenericExecuteSpec select =
                database.sql(sql.toString()).bind("from", from).bind("to", to).bind("limit", limit);
        if (binds.contains("username")) {
            select = select.bind("username", username.strip());
        }
        if (binds.contains("outcome")) {
            select = select.bind("outcome", outcome.name());
        }
        return select.map(row -> new SignInEvent(
                        row.get("id", Long.class),
                        row.get("username", String.class),
                        row.get("occurred_at", Instant.class),
                        row.get("client_address", String.class),
                        row.get("user_agent", String.class),
                        SignInOutcome.valueOf(row.get("outcome", String.class)),
                        row.get("actor", String.class)))
                .all()
                .as(await::list);
    }

    /** Removes the audit older than {@code before}; returns how many lines went. */
    public long removeBefore(Instant before) {
        Long removed = database.sql("DELETE FROM sign_in_event WHERE occurred_at < :before")
                .bind("before", before)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        database.sql(
                        "DELETE FROM sign_in_throttle WHERE window_start < :before AND (locked_until IS NULL OR locked_until < :before)")
                .bind("before", before)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return removed == null ? 0 : removed;
    }

    private static String clip(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }
}
