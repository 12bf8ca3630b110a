package kr.seoul.smartcity.summary.domain;

import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The summary cache in PostgreSQL: one row per document and language, replaced when its key changes. */
@Repository
public class SummaryStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseClient database;
    private final DatabaseCalls await;

    SummaryStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** The summary made with exactly this key, if there is one. */
    public Optional<Summary> find(CacheKey key) {
        return database.sql("""
                        SELECT content FROM summary_cache
                        WHERE source = :source AND language = :language AND checksum = :checksum
                          AND model = :model AND prompt_version = :version""")
                .bind("source", key.source())
                .bind("language", key.language())
                .bind("checksum", key.checksum())
                .bind("model", key.model())
                .bind("version", key.promptVersion())
                .map(row -> row.get("content", Json.class))
                .one()
                .as(await::optional)
                .map(json -> JSON.readValue(json.asString(), Summary.class));
    }

    /** Keeps the summary under its key, replacing whatever the document had in that language. */
    public void save(CacheKey key, Summary summary) {
        database.sql("""
                        INSERT INTO summary_cache (source, language, checksum, model, prompt_version, content, created_at)
                        VALUES (:source, :language, :checksum, :model, :version, :content, :at)
                        ON CONFLICT (source, language) DO UPDATE SET checksum = EXCLUDED.checksum,
                            model = EXCLUDED.model, prompt_version = EXCLUDED.prompt_version,
                            content = EXCLUDED.content, created_at = EXCLUDED.created_at""")
                .bind("source", key.source())
                .bind("language", key.language())
                .bind("checksum", key.checksum())
                .bind("model", key.model())
                .bind("version", key.promptVersion())
                .bind("content", Json.of(JSON.writeValueAsString(summary)))
                .bind("at", summary.generatedAt())
                .then()
                .as(await::value);
    }
}
