package kr.seoul.smartcity.dashboard.domain;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** The sites allowed to frame public widgets, in the order they were added. */
@Repository
public class EmbedSiteStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    EmbedSiteStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    public List<EmbedSite> all() {
        return database.sql("SELECT origin, added_by, added_at FROM embed_site ORDER BY added_at, origin")
                .map(row -> new EmbedSite(
                        row.get("origin", String.class),
                        row.get("added_by", String.class),
                        row.get("added_at", Instant.class)))
                .all()
                .as(await::list);
    }

    /** @return whether the site was added (false: it was listed already) */
    public boolean add(String origin, String by, Instant at) {
        Long rows = database.sql("""
                        INSERT INTO embed_site (origin, added_by, added_at) VALUES (:origin, :by, :at)
                        ON CONFLICT (origin) DO NOTHING""")
                .bind("origin", origin)
                .bind("by", by)
                .bind("at", at)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return rows != null && rows > 0;
    }

    /** @return whether the site was listed */
    public boolean remove(String origin) {
        Long rows = database.sql("DELETE FROM embed_site WHERE origin = :origin")
                .bind("origin", origin)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return rows != null && rows > 0;
    }
}
