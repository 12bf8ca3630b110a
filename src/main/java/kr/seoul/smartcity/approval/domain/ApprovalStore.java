package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Approval documents with their lines and recipients, through plain values: every public method waits for
 * PostgreSQL through {@link DatabaseCalls}, and every write is one transaction with its audit entry (the whole unit of
 * work of one service call, composed here because R2DBC's transaction lives in the reactive chain, not on the
 * calling thread).
 */
@Repository
public class ApprovalStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;
    private final AuditStore trail;
    private final AttachmentStore attachments;

    ApprovalStore(
            DatabaseClient database,
            TransactionalOperator transaction,
            DatabaseCalls await,
            AuditStore trail,
            AttachmentStore attachments) {
        this.database = database;
        this.transaction = transaction;
        this.await = await;
        this.trail = trail;
        this.attachments = attachments;
    }

    /**
     * One action on a document's line in one transaction: reads the document with its line, refuses it as stale
     * unless it is still at {@code expectedRevision}, lets {@code decide} say what changes (it must not block: it
     * runs while the transaction waits), writes the document only if no one else wrote it in between
     * ({@code UPDATE … WHERE revision = ? RETURNING}), writes the steps that changed and appends the audit entry.
     *
     * @throws ApprovalRefusedException {@code NO_ACCESS} if there is no such document, {@code STALE} if it changed,
     *                                  or whatever {@code decide} refuses; nothing is written then
     */
    public Acted act(long documentId, long expectedRevision, Function<DocumentWithLine, StateChange> decide) {
        return findWithLine(documentId)
                .switchIfEmpty(Mono.error(() ->
                        new ApprovalRefusedException(ApprovalRefusedException.NO_ACCESS, "no document " + documentId)))
                .map(read -> {
                    if (read.document().revision() != expectedRevision) {
                        throw stale(
                                documentId,
                                "is at revision " + read.document().revision() + ", not " + expectedRevision);
                    }
                    return new Decided(read, decide.apply(read));
                })
                .flatMap(decided -> write(decided.before(), decided.change(), expectedRevision))
                .as(transaction::transactional)
                .as(await::value);
    }

    private Mono<Acted> write(DocumentWithLine before, StateChange change, long expectedRevision) {
        long id = before.document().id();
        int version = before.document().version();
        List<ApprovalStep> changed = change.steps().stream()
                .filter(step -> !before.steps().contains(step))
                .toList();
        return updateReturning(change.document(), expectedRevision)
                .switchIfEmpty(Mono.error(() -> stale(id, "changed while you were acting")))
                .flatMap(written -> Flux.fromIterable(changed)
                        .concatMap(step -> updateStep(id, version, step))
                        .then(trail.append(change.audit()))
                        .then(recipientCalls(id).collectList())
                        .zipWith(attachments
                                .attachmentCalls(id)
                                .filter(a -> a.version() == version)
                                .collectList())
                        .map(seen -> new Acted(written, change.steps(), seen.getT1(), seen.getT2())));
    }

    /** The document with its current version's steps in one statement; empty if there is no such document. */
    private Mono<DocumentWithLine> findWithLine(long id) {
        return database.sql("SELECT " + DocumentRows.DOCUMENT_COLUMNS + """
                        , s.position, s.seq, s.kind, s.approver, s.state, s.acted_by, s.acted_at, s.comment
                        FROM approval_document d
                        LEFT JOIN approval_step s ON s.document_id = d.id AND s.version = d.version
                        WHERE d.id = :id ORDER BY s.position""")
                .bind("id", id)
                .map((Readable row) -> new LineRow(
                        DocumentRows.document(row),
                        row.get("position", Integer.class) == null ? null : DocumentRows.step(row)))
                .all()
                .collectList()
                .flatMap(rows -> rows.isEmpty()
                        ? Mono.empty()
                        : Mono.just(new DocumentWithLine(
                                rows.getFirst().document(),
                                rows.stream()
                                        .map(LineRow::step)
                                        .filter(java.util.Objects::nonNull)
                                        .toList())));
    }

    private record Decided(DocumentWithLine before, StateChange change) {}

    private record LineRow(
            ApprovalDocument document, @Nullable ApprovalStep step) {}

    private Mono<Long> updateStep(long documentId, int version, ApprovalStep step) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE approval_step SET state = :state, acted_by = :actedBy, acted_at = :actedAt, comment = :comment
                WHERE document_id = :id AND version = :version AND position = :position""")
                .bind("id", documentId)
                .bind("version", version)
                .bind("position", step.position())
                .bind("state", step.state().name());
        spec = Bindings.nullable(spec, "actedBy", step.actedBy(), String.class);
        spec = Bindings.nullable(spec, "actedAt", step.actedAt(), Instant.class);
        spec = Bindings.nullable(spec, "comment", step.comment(), String.class);
        return spec.fetch().rowsUpdated();
    }

    private static ApprovalRefusedException stale(long documentId, String why) {
        return new ApprovalRefusedException(ApprovalRefusedException.STALE, "document " + documentId + " " + why);
    }

    /** A new draft with its line, recipients and audit entry ({@code audit} gets the new id); the new id. */
    public long create(
            ApprovalDocument fresh,
            List<ApprovalStep> steps,
            List<Recipient> recipients,
            LongFunction<AuditEntry> audit) {
        return insert(fresh)
                .flatMap(id -> replaceSteps(id, fresh.version(), steps)
                        .then(replaceRecipients(id, recipients))
                        .then(trail.append(audit.apply(id)))
                        .thenReturn(id))
                .as(transaction::transactional)
                .as(await::value);
    }

    /**
     * Rewrites a document if it is still at {@code expectedRevision}, with its line and, unless null, its
     * recipients; {@code kept}, unless null, is the content of the version it moves on from.
     *
     * @throws ApprovalRefusedException {@code STALE} if someone wrote the document in between
     */
    public void rewrite(
            StateChange change,
            long expectedRevision,
            @Nullable List<Recipient> recipients,
            @Nullable DocumentContent kept) {
        ApprovalDocument doc = change.document();
        long id = doc.id();
        Mono<Long> keep = kept == null ? Mono.just(0L) : keepVersion(id, kept);
        keep.then(checked(doc, expectedRevision))
                .then(replaceSteps(id, doc.version(), change.steps()))
                .then(recipients == null ? Mono.<Void>empty() : replaceRecipients(id, recipients))
                .then(trail.append(change.audit()))
                .as(transaction::transactional)
                .as(await::value);
    }

    /**
     * Submits a document: {@code number} is its number if it has one, else the next serial of its form and year is
     * allocated (the counter row stays locked until the transaction ends) and handed to {@code decide}.
     */
    public void submit(
            @Nullable String number,
            FormType form,
            int year,
            long expectedRevision,
            Function<String, StateChange> decide) {
        Mono<String> assigned = number != null
                ? Mono.just(number)
                : nextSerial(form.abbreviation(), year)
                        .map(serial -> new DocumentNumber(form, year, serial).toString());
        assigned.map(decide)
                .flatMap(change -> checked(change.document(), expectedRevision)
                        .then(replaceSteps(
                                change.document().id(), change.document().version(), change.steps()))
                        .then(trail.append(change.audit())))
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Adds an attachment to a document still at {@code expectedRevision} (written as {@code touched}); its id. */
    public long attach(
            ApprovalDocument touched,
            long expectedRevision,
            String filename,
            AttachmentType type,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant at,
            AuditEntry audit) {
        return checked(touched, expectedRevision)
                .then(insertAttachment(
                        touched.id(), touched.version(), filename, type, content, sha256, uploadedBy, at))
                .flatMap(id -> trail.append(audit).thenReturn(id))
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Marks a 공람 read by one of its circulation recipients, with the audit entry; false if nothing changed. */
    public boolean markRead(long documentId, String username, Instant at, AuditEntry audit) {
        Long rows = markRead(documentId, username, at)
                .flatMap(n -> n == 0 ? Mono.just(n) : trail.append(audit).thenReturn(n))
                .as(transaction::transactional)
                .as(await::value);
        return rows != null && rows > 0;
    }

    /** Writes the document, refused as stale when its revision is no longer the expected one. */
    private Mono<Long> checked(ApprovalDocument doc, long expectedRevision) {
        return update(doc, expectedRevision)
                .flatMap(rows ->
                        rows == 1 ? Mono.just(rows) : Mono.error(stale(doc.id(), "changed while you were acting")));
    }

    public Optional<ApprovalDocument> find(long id) {
        return database.sql("SELECT " + DocumentRows.DOCUMENT_COLUMNS + " FROM approval_document d WHERE d.id = :id")
                .bind("id", id)
                .map((Readable row) -> DocumentRows.document(row))
                .one()
                .as(await::optional);
    }

    /** The document if it is finally approved (the archive's read, distinct from the others in the query log). */
    public Optional<ApprovalDocument> findCompleted(long id) {
        return database.sql("SELECT " + DocumentRows.DOCUMENT_COLUMNS
                        + " FROM approval_document d WHERE d.status = 'COMPLETED' AND d.id = :id")
                .bind("id", id)
                .map((Readable row) -> DocumentRows.document(row))
                .one()
                .as(await::optional);
    }

    private Mono<Long> insert(ApprovalDocument doc) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_document (form_type, department_code, drafter, status, version, revision, title, body,
                    disclosure, non_disclosure_item, retention, keywords, created_at, updated_at)
                VALUES (:form, :department, :drafter, :status, :version, 0, :title, :body, :disclosure, :item,
                    :retention, :keywords, :at, :at)
                RETURNING id""")
                .bind("form", doc.form().name())
                .bind("department", doc.departmentCode())
                .bind("drafter", doc.drafter())
                .bind("status", doc.status().name())
                .bind("version", doc.version())
                .bind("title", doc.title())
                .bind("body", doc.body())
                .bind("disclosure", doc.disclosure().name())
                .bind("retention", doc.retention().name())
                .bind("keywords", String.join("\n", doc.keywords()))
                .bind("at", doc.createdAt());
        return Bindings.nullable(spec, "item", doc.nonDisclosureItem(), Integer.class)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    /** Writes the document if its revision is still the expected one; the revision grows by one. Rows written. */
    private Mono<Long> update(ApprovalDocument doc, long expectedRevision) {
        return updateSpec(doc, expectedRevision, "").fetch().rowsUpdated();
    }

    /** {@link #update}, giving back the document as written; empty if its revision was no longer the expected one. */
    private Mono<ApprovalDocument> updateReturning(ApprovalDocument doc, long expectedRevision) {
        return updateSpec(doc, expectedRevision, " RETURNING " + DocumentRows.DOCUMENT_COLUMNS)
                .map((Readable row) -> DocumentRows.document(row))
                .one();
    }

    private GenericExecuteSpec updateSpec(ApprovalDocument doc, long expectedRevision, String returning) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE approval_document d SET form_type = :form, status = :status, version = :version,
                    revision = revision + 1, number = :number, title = :title, body = :body, disclosure = :disclosure,
                    non_disclosure_item = :item, retention = :retention, keywords = :keywords, held_by = :heldBy,
                    delegated_rank = :rank, delegated_approver = :delegatedApprover, updated_at = :updatedAt,
                    submitted_at = :submittedAt, completed_at = :completedAt, published_at = :publishedAt
                WHERE d.id = :id AND d.revision = :revision""" + returning)
                .bind("id", doc.id())
                .bind("revision", expectedRevision)
                .bind("form", doc.form().name())
                .bind("status", doc.status().name())
                .bind("version", doc.version())
                .bind("title", doc.title())
                .bind("body", doc.body())
                .bind("disclosure", doc.disclosure().name())
                .bind("retention", doc.retention().name())
                .bind("keywords", String.join("\n", doc.keywords()))
                .bind("updatedAt", doc.updatedAt());
        spec = Bindings.nullable(spec, "number", doc.number(), String.class);
        spec = Bindings.nullable(spec, "item", doc.nonDisclosureItem(), Integer.class);
        spec = Bindings.nullable(spec, "heldBy", doc.heldBy(), String.class);
        spec = Bindings.nullable(
                spec,
                "rank",
                doc.delegatedRank() == null ? null : doc.delegatedRank().name(),
                String.class);
        spec = Bindings.nullable(spec, "delegatedApprover", doc.delegatedApprover(), String.class);
        spec = Bindings.nullable(spec, "submittedAt", doc.submittedAt(), Instant.class);
        spec = Bindings.nullable(spec, "completedAt", doc.completedAt(), Instant.class);
        return Bindings.nullable(spec, "publishedAt", doc.publishedAt(), Instant.class);
    }

    /** Keeps a version's content before the document moves on to the next one. */
    private Mono<Long> keepVersion(long documentId, DocumentContent c) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_document_version (document_id, version, form_type, title, body, disclosure,
                    non_disclosure_item, retention, keywords)
                VALUES (:id, :version, :form, :title, :body, :disclosure, :item, :retention, :keywords)""")
                .bind("id", documentId)
                .bind("version", c.version())
                .bind("form", c.form().name())
                .bind("title", c.title())
                .bind("body", c.body())
                .bind("disclosure", c.disclosure().name())
                .bind("retention", c.retention().name())
                .bind("keywords", String.join("\n", c.keywords()));
        return Bindings.nullable(spec, "item", c.nonDisclosureItem(), Integer.class)
                .fetch()
                .rowsUpdated();
    }

    public Optional<DocumentContent> keptVersion(long documentId, int version) {
        return database.sql("""
                SELECT version, form_type, title, body, disclosure, non_disclosure_item, retention, keywords
                FROM approval_document_version WHERE document_id = :id AND version = :version""")
                .bind("id", documentId)
                .bind("version", version)
                .map(row -> new DocumentContent(
                        row.get("version", Integer.class),
                        FormType.valueOf(row.get("form_type", String.class)),
                        row.get("title", String.class),
                        row.get("body", String.class),
                        DisclosureLevel.valueOf(row.get("disclosure", String.class)),
                        DocumentRows.item(row),
                        Retention.valueOf(row.get("retention", String.class)),
                        DocumentRows.keywords(row)))
                .one()
                .as(await::optional);
    }

    /** Allocates the next serial of a form and year; the counter row stays locked until the transaction ends. */
    private Mono<Long> nextSerial(String formAbbreviation, int year) {
        return database.sql("""
                INSERT INTO approval_number_counter (form_abbreviation, year, last_serial) VALUES (:form, :year, 1)
                ON CONFLICT (form_abbreviation, year)
                DO UPDATE SET last_serial = approval_number_counter.last_serial + 1
                RETURNING last_serial""")
                .bind("form", formAbbreviation)
                .bind("year", year)
                .map(row -> row.get("last_serial", Long.class))
                .one();
    }

    public List<ApprovalStep> steps(long documentId, int version) {
        return stepCalls(documentId, version).as(await::list);
    }

    private Flux<ApprovalStep> stepCalls(long documentId, int version) {
        return database.sql("""
                SELECT position, seq, kind, approver, state, acted_by, acted_at, comment FROM approval_step
                WHERE document_id = :id AND version = :version ORDER BY position""")
                .bind("id", documentId)
                .bind("version", version)
                .map((Readable row) -> DocumentRows.step(row))
                .all();
    }

    private Mono<Void> replaceSteps(long documentId, int version, List<ApprovalStep> steps) {
        Mono<Long> delete = database.sql("DELETE FROM approval_step WHERE document_id = :id AND version = :version")
                .bind("id", documentId)
                .bind("version", version)
                .fetch()
                .rowsUpdated();
        return delete.thenMany(Flux.fromIterable(steps).concatMap(step -> {
                    GenericExecuteSpec spec = database.sql("""
                    INSERT INTO approval_step (document_id, version, position, seq, kind, approver, state, acted_by,
                        acted_at, comment)
                    VALUES (:id, :version, :position, :seq, :kind, :approver, :state, :actedBy, :actedAt, :comment)""")
                            .bind("id", documentId)
                            .bind("version", version)
                            .bind("position", step.position())
                            .bind("seq", step.seq())
                            .bind("kind", step.kind().name())
                            .bind("approver", step.approver())
                            .bind("state", step.state().name());
                    spec = Bindings.nullable(spec, "actedBy", step.actedBy(), String.class);
                    spec = Bindings.nullable(spec, "actedAt", step.actedAt(), Instant.class);
                    spec = Bindings.nullable(spec, "comment", step.comment(), String.class);
                    return spec.fetch().rowsUpdated();
                }))
                .then();
    }

    public List<Recipient> recipients(long documentId) {
        return recipientCalls(documentId).as(await::list);
    }

    private Flux<Recipient> recipientCalls(long documentId) {
        return database.sql(
                        "SELECT username, kind, read_at FROM approval_recipient WHERE document_id = :id ORDER BY kind, username")
                .bind("id", documentId)
                .map(row -> new Recipient(
                        row.get("username", String.class),
                        RecipientKind.valueOf(row.get("kind", String.class)),
                        row.get("read_at", Instant.class)))
                .all();
    }

    private Mono<Void> replaceRecipients(long documentId, List<Recipient> recipients) {
        return database.sql("DELETE FROM approval_recipient WHERE document_id = :id")
                .bind("id", documentId)
                .fetch()
                .rowsUpdated()
                .thenMany(Flux.fromIterable(recipients)
                        .concatMap(r -> database.sql("""
                                INSERT INTO approval_recipient (document_id, username, kind) VALUES (:id, :username, :kind)
                                ON CONFLICT DO NOTHING""")
                                .bind("id", documentId)
                                .bind("username", r.username())
                                .bind("kind", r.kind().name())
                                .fetch()
                                .rowsUpdated()))
                .then();
    }

    private Mono<Long> markRead(long documentId, String username, Instant at) {
        return database.sql("""
                UPDATE approval_recipient SET read_at = :at
                WHERE document_id = :id AND username = :username AND kind = 'CIRCULATION' AND read_at IS NULL""")
                .bind("id", documentId)
                .bind("username", username)
                .bind("at", at)
                .fetch()
                .rowsUpdated();
    }

    private Mono<Long> insertAttachment(
            long documentId,
            int version,
            String filename,
            AttachmentType type,
            byte[] content,
            String sha256,
            String uploadedBy,
            Instant at) {
        return database.sql("""
                INSERT INTO approval_attachment (document_id, version, filename, type, size, sha256, content,
                    uploaded_by, uploaded_at)
                VALUES (:id, :version, :filename, :type, :size, :sha256, :content, :by, :at) RETURNING id""")
                .bind("id", documentId)
                .bind("version", version)
                .bind("filename", filename)
                .bind("type", type.name())
                .bind("size", (long) content.length)
                .bind("sha256", sha256)
                .bind("content", java.nio.ByteBuffer.wrap(content))
                .bind("by", uploadedBy)
                .bind("at", at)
                .map(row -> row.get("id", Long.class))
                .one();
    }
}
