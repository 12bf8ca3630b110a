package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Which feeds fail now, in PostgreSQL so that every instance's tiles say the same. */
@Repository
public class SourceHealthStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    SourceHealthStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Records a failure; keeps the time the failing began. Returns whether the feed was healthy until now. */
    public boolean failing(String source, Instant now, String reason) {
        Boolean started = database.sql("""
                        INSERT INTO source_health AS h (source, failing_since, reason) VALUES (:source, :now, :reason)
                        ON CONFLICT (source) DO UPDATE SET reason = EXCLUDED.reason
                        RETURNING h.failing_since = :now AS started""")
                .bind("source", source)
                .bind("now", now)
                .bind("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
                .map(row -> row.get("started", Boolean.class))
                .one()
                .as(await::value);
        return Boolean.TRUE.equals(started);
    }

    /** Returns whether the feed was failing until now. */
    public boolean recovered(String source) {
        Long removed = database.sql("DELETE FROM source_health WHERE source = :source")
                .bind("source", source)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return removed != null && removed > 0;
    }

    public List<SourceProblem> failing() {
        return database.sql("SELECT source, failing_since, reason FROM source_health")
                .map(row -> new SourceProblem(
                        row.get("source", String.class),
                        row.get("failing_since", Instant.class),
                        row.get("reason", String.class)))
                .all()
                .as(await::list);
    }
}
