package kr.seoul.smartcity.archive.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Embeddings of items' passages per embedding model, and the items whose embedding failed. Items without
 * embeddings for a model are what is waiting; saving them queues the item for the index in the same transaction.
 */
@Repository
public class PassageVectorStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    PassageVectorStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Items that have no embeddings for the model and are not waiting out a failure, oldest first. */
    public List<Long> waiting(String model, Instant now, int limit) {
        return database.sql("""
                        SELECT i.id FROM archive_item i
                        WHERE NOT EXISTS (SELECT 1 FROM archive_passage_vector v WHERE v.item_id = i.id AND v.model = :model)
                          AND NOT EXISTS (SELECT 1 FROM archive_embedding_failure f
                                          WHERE f.item_id = i.id AND f.model = :model AND f.next_attempt_at > :now)
                        ORDER BY i.id LIMIT :limit""")
                .bind("model", model)
                .bind("now", now)
                .bind("limit", limit)
                .map(row -> row.get("id", Long.class))
                .all()
                .as(await::list);
    }

    /** Stores an item's passage embeddings and queues the item for the index, in one transaction. */
    public void save(long itemId, String model, List<float[]> vectors) {
        Flux.fromIterable(indexed(vectors))
                .concatMap(passage -> database.sql("""
                                INSERT INTO archive_passage_vector (item_id, model, passage, vector)
                                VALUES (:item, :model, :passage, :vector)
                                ON CONFLICT (item_id, model, passage) DO UPDATE SET vector = EXCLUDED.vector""")
                        .bind("item", itemId)
                        .bind("model", model)
                        .bind("passage", passage.index())
                        .bind("vector", boxed(passage.vector()))
                        .fetch()
                        .rowsUpdated())
                .then(database.sql("DELETE FROM archive_embedding_failure WHERE item_id = :item AND model = :model")
                        .bind("item", itemId)
                        .bind("model", model)
                        .fetch()
                        .rowsUpdated())
                .then(database.sql("INSERT INTO archive_outbox (item_id, operation) VALUES (:item, 'UPSERT')")
                        .bind("item", itemId)
                        .fetch()
                        .rowsUpdated())
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Records a failed embedding; the item is tried again after {@code nextAttemptAt}. */
    public void failed(long itemId, String model, String error, Instant nextAttemptAt) {
        database.sql("""
                        INSERT INTO archive_embedding_failure (item_id, model, attempts, next_attempt_at, last_error)
                        VALUES (:item, :model, 1, :next, :error)
                        ON CONFLICT (item_id, model) DO UPDATE SET attempts = archive_embedding_failure.attempts + 1,
                            next_attempt_at = EXCLUDED.next_attempt_at, last_error = EXCLUDED.last_error""")
                .bind("item", itemId)
                .bind("model", model)
                .bind("next", nextAttemptAt)
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** How often the item's embedding failed for the model (0 if never). */
    public int attempts(long itemId, String model) {
        return database.sql("SELECT attempts FROM archive_embedding_failure WHERE item_id = :item AND model = :model")
                .bind("item", itemId)
                .bind("model", model)
                .map(row -> row.get("attempts", Integer.class))
                .one()
                .as(await::optional)
                .orElse(0);
    }

    /** The passage embeddings of these items for the model, in passage order; items without any are left out. */
    public Map<Long, List<float[]>> vectors(Collection<Long> ids, String model) {
        Map<Long, List<float[]>> vectors = new HashMap<>();
        if (ids.isEmpty()) {
            return vectors;
        }
        database.sql("""
                        SELECT item_id, vector FROM archive_passage_vector
                        WHERE item_id = ANY(:ids) AND model = :model ORDER BY item_id, passage""")
                .bind("ids", ids.toArray(Long[]::new))
                .bind("model", model)
                .map(row -> Map.entry(row.get("item_id", Long.class), unboxed(row.get("vector", Float[].class))))
                .all()
                .toStream()
                .forEach(entry -> vectors.computeIfAbsent(entry.getKey(), id -> new ArrayList<>())
                        .add(entry.getValue()));
        return vectors;
    }

    /** Items with embeddings for the model. */
    public long embedded(String model) {
        return count("SELECT count(DISTINCT item_id) AS n FROM archive_passage_vector WHERE model = :model", model);
    }

    /** Items whose embedding for the model failed at least once and has not succeeded since. */
    public long failing(String model) {
        return count("SELECT count(*) AS n FROM archive_embedding_failure WHERE model = :model", model);
    }

    /** The last error of a failing embedding, or null. */
    public String lastError(String model) {
        return database.sql("SELECT last_error FROM archive_embedding_failure WHERE model = :model "
                        + "ORDER BY next_attempt_at DESC LIMIT 1")
                .bind("model", model)
                .map(row -> row.get("last_error", String.class))
                .one()
                .as(await::value);
    }

    private long count(String sql, String model) {
        return database.sql(sql)
                .bind("model", model)
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    private record Indexed(int index, float[] vector) {}

    private static List<Indexed> indexed(List<float[]> vectors) {
        List<Indexed> indexed = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            indexed.add(new Indexed(i, vectors.get(i)));
        }
        return indexed;
    }

    private static Float[] boxed(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return boxed;
    }

    private static float[] unboxed(Float[] vector) {
        float[] unboxed = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unboxed[i] = vector[i];
        }
        return unboxed;
    }
}
