package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The hash-chained audit trail of approval. An append locks the chain head row until its transaction ends, so appends
 * are serialised and the chain never forks; it joins the transaction of the write it records.
 */
@Repository
public class AuditStore {

    private final DatabaseClient database;
    private final DatabaseCalls await;

    AuditStore(DatabaseClient database, DatabaseCalls await) {
        this.database = database;
        this.await = await;
    }

    /** Appends an entry at the head of the chain. Call within a transaction: the head row is locked until it ends. */
    Mono<AuditEntry> append(AuditEntry unsealed) {
        return database.sql("SELECT last_hash FROM approval_audit_head WHERE id = 1 FOR UPDATE")
                .map(row -> row.get("last_hash", String.class))
                .one()
                .flatMap(previous -> {
                    AuditEntry e = AuditChain.seal(unsealed, previous);
                    GenericExecuteSpec spec = database.sql("""
                            WITH entry AS (
                                INSERT INTO approval_audit (at, actor, on_behalf_of, action, document_id, version, step,
                                    client_address, user_agent, detail, prev_hash, hash)
                                VALUES (:at, :actor, :onBehalfOf, :action, :document, :version, :step, :address, :agent,
                                    :detail, :prev, :hash) RETURNING id)
                            UPDATE approval_audit_head SET last_id = entry.id, last_hash = :hash FROM entry
                            WHERE approval_audit_head.id = 1 RETURNING entry.id""")
                            .bind("at", e.at())
                            .bind("actor", e.actor())
                            .bind("action", e.action())
                            .bind("detail", e.detail())
                            .bind("prev", e.prevHash())
                            .bind("hash", e.hash());
                    spec = Bindings.nullable(spec, "onBehalfOf", e.onBehalfOf(), String.class);
                    spec = Bindings.nullable(spec, "document", e.documentId(), Long.class);
                    spec = Bindings.nullable(spec, "version", e.version(), Integer.class);
                    spec = Bindings.nullable(spec, "step", e.step(), Integer.class);
                    spec = Bindings.nullable(spec, "address", e.clientAddress(), String.class);
                    spec = Bindings.nullable(spec, "agent", e.userAgent(), String.class);
                    return spec.map(row -> row.get("id", Long.class)).one().map(e::withId);
                });
    }

    public List<AuditEntry> auditTrail(@Nullable Long documentId) {
        String where = documentId == null ? "" : " WHERE document_id = :document";
        GenericExecuteSpec spec = database.sql("""
                SELECT id, at, actor, on_behalf_of, action, document_id, version, step, client_address, user_agent,
                       detail, prev_hash, hash FROM approval_audit""" + where + " ORDER BY id");
        if (documentId != null) {
            spec = spec.bind("document", documentId);
        }
        return spec.map(row -> new AuditEntry(
                        row.get("id", Long.class),
                        row.get("at", Instant.class),
                        row.get("actor", String.class),
                        row.get("on_behalf_of", String.class),
                        row.get("action", String.class),
                        row.get("document_id", Long.class),
                        row.get("version", Integer.class),
                        row.get("step", Integer.class),
                        row.get("client_address", String.class),
                        row.get("user_agent", String.class),
                        row.get("detail", String.class),
                        row.get("prev_hash", String.class),
                        row.get("hash", String.class)))
                .all()
                .as(await::list);
    }

    public @Nullable String auditHeadHash() {
        return database.sql("SELECT last_hash FROM approval_audit_head WHERE id = 1")
                .map(row -> row.get("last_hash", String.class))
                .one()
                .as(await::value);
    }
}
