package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The approval tables. Writes return {@link Mono}s that the service composes into one transaction; the audit append
 * locks the chain head row, so appends are serialised and the chain never forks.
 */
@Repository
public class ApprovalStore {

    private static final String DOCUMENT_COLUMNS = """
            d.id, d.form_type, d.department_code, d.drafter, d.status, d.version, d.revision, d.number, d.title, d.body,
            d.disclosure, d.non_disclosure_item, d.retention, d.keywords, d.held_by, d.delegated_rank,
            d.delegated_approver, d.created_at, d.updated_at, d.submitted_at, d.completed_at, d.published_at""";

    private final DatabaseClient database;

    ApprovalStore(DatabaseClient database) {
        this.database = database;
    }

    // documents

    public Mono<ApprovalDocument> find(long id) {
        return database.sql("SELECT " + DOCUMENT_COLUMNS + " FROM approval_document d WHERE d.id = :id")
                .bind("id", id).map((Readable row) -> document(row)).one();
    }

    public Mono<Long> insert(ApprovalDocument doc) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_document (form_type, department_code, drafter, status, version, revision, title, body,
                    disclosure, non_disclosure_item, retention, keywords, created_at, updated_at)
                VALUES (:form, :department, :drafter, :status, :version, 0, :title, :body, :disclosure, :item,
                    :retention, :keywords, :at, :at)
                RETURNING id""")
                .bind("form", doc.form().name()).bind("department", doc.departmentCode())
                .bind("drafter", doc.drafter()).bind("status", doc.status().name()).bind("version", doc.version())
                .bind("title", doc.title()).bind("body", doc.body()).bind("disclosure", doc.disclosure().name())
                .bind("retention", doc.retention().name()).bind("keywords", String.join("\n", doc.keywords()))
                .bind("at", doc.createdAt());
        return Bindings.nullable(spec, "item", doc.nonDisclosureItem(), Integer.class)
                .map(row -> row.get("id", Long.class)).one();
    }

    /** Writes the document if its revision is still the expected one; the revision grows by one. Rows written. */
    public Mono<Long> update(ApprovalDocument doc, long expectedRevision) {
        GenericExecuteSpec spec = database.sql("""
                UPDATE approval_document SET form_type = :form, status = :status, version = :version,
                    revision = revision + 1, number = :number, title = :title, body = :body, disclosure = :disclosure,
                    non_disclosure_item = :item, retention = :retention, keywords = :keywords, held_by = :heldBy,
                    delegated_rank = :rank, delegated_approver = :delegatedApprover, updated_at = :updatedAt,
                    submitted_at = :submittedAt, completed_at = :completedAt, published_at = :publishedAt
                WHERE id = :id AND revision = :revision""")
                .bind("id", doc.id()).bind("revision", expectedRevision)
                .bind("form", doc.form().name()).bind("status", doc.status().name()).bind("version", doc.version())
                .bind("title", doc.title()).bind("body", doc.body()).bind("disclosure", doc.disclosure().name())
                .bind("retention", doc.retention().name()).bind("keywords", String.join("\n", doc.keywords()))
                .bind("updatedAt", doc.updatedAt());
        spec = Bindings.nullable(spec, "number", doc.number(), String.class);
        spec = Bindings.nullable(spec, "item", doc.nonDisclosureItem(), Integer.class);
        spec = Bindings.nullable(spec, "heldBy", doc.heldBy(), String.class);
        spec = Bindings.nullable(spec, "rank",
                doc.delegatedRank() == null ? null : doc.delegatedRank().name(), String.class);
        spec = Bindings.nullable(spec, "delegatedApprover", doc.delegatedApprover(), String.class);
        spec = Bindings.nullable(spec, "submittedAt", doc.submittedAt(), Instant.class);
        spec = Bindings.nullable(spec, "completedAt", doc.completedAt(), Instant.class);
        spec = Bindings.nullable(spec, "publishedAt", doc.publishedAt(), Instant.class);
        return spec.fetch().rowsUpdated();
    }

    /** Keeps a version's content before the document moves on to the next one. */
    public Mono<Long> keepVersion(long documentId, DocumentContent c) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_document_version (document_id, version, form_type, title, body, disclosure,
                    non_disclosure_item, retention, keywords)
                VALUES (:id, :version, :form, :title, :body, :disclosure, :item, :retention, :keywords)""")
                .bind("id", documentId).bind("version", c.version()).bind("form", c.form().name())
                .bind("title", c.title()).bind("body", c.body()).bind("disclosure", c.disclosure().name())
                .bind("retention", c.retention().name()).bind("keywords", String.join("\n", c.keywords()));
        return Bindings.nullable(spec, "item", c.nonDisclosureItem(), Integer.class).fetch().rowsUpdated();
    }

    public Mono<DocumentContent> keptVersion(long documentId, int version) {
        return database.sql("""
                SELECT version, form_type, title, body, disclosure, non_disclosure_item, retention, keywords
                FROM approval_document_version WHERE document_id = :id AND version = :version""")
                .bind("id", documentId).bind("version", version)
                .map(row -> new DocumentContent(row.get("version", Integer.class),
                        FormType.valueOf(row.get("form_type", String.class)), row.get("title", String.class),
                        row.get("body", String.class), DisclosureLevel.valueOf(row.get("disclosure", String.class)),
                        item(row), Retention.valueOf(row.get("retention", String.class)), keywords(row)))
                .one();
    }

    /** Allocates the next serial of a form and year; the counter row stays locked until the transaction ends. */
    public Mono<Long> nextSerial(String formAbbreviation, int year) {
        return database.sql("""
                INSERT INTO approval_number_counter (form_abbreviation, year, last_serial) VALUES (:form, :year, 1)
                ON CONFLICT (form_abbreviation, year)
                DO UPDATE SET last_serial = approval_number_counter.last_serial + 1
                RETURNING last_serial""")
                .bind("form", formAbbreviation).bind("year", year)
                .map(row -> row.get("last_serial", Long.class)).one();
    }

    // steps and recipients

    public Flux<ApprovalStep> steps(long documentId, int version) {
        return database.sql("""
                SELECT position, seq, kind, approver, state, acted_by, acted_at, comment FROM approval_step
                WHERE document_id = :id AND version = :version ORDER BY position""")
                .bind("id", documentId).bind("version", version)
                .map(row -> new ApprovalStep(row.get("position", Integer.class), row.get("seq", Integer.class),
                        StepKind.valueOf(row.get("kind", String.class)), row.get("approver", String.class),
                        StepState.valueOf(row.get("state", String.class)), row.get("acted_by", String.class),
                        row.get("acted_at", Instant.class), row.get("comment", String.class)))
                .all();
    }

    public Mono<Void> replaceSteps(long documentId, int version, List<ApprovalStep> steps) {
        Mono<Long> delete = database.sql("DELETE FROM approval_step WHERE document_id = :id AND version = :version")
                .bind("id", documentId).bind("version", version).fetch().rowsUpdated();
        return delete.thenMany(Flux.fromIterable(steps).concatMap(step -> {
            GenericExecuteSpec spec = database.sql("""
                    INSERT INTO approval_step (document_id, version, position, seq, kind, approver, state, acted_by,
                        acted_at, comment)
                    VALUES (:id, :version, :position, :seq, :kind, :approver, :state, :actedBy, :actedAt, :comment)""")
                    .bind("id", documentId).bind("version", version).bind("position", step.position())
                    .bind("seq", step.seq()).bind("kind", step.kind().name()).bind("approver", step.approver())
                    .bind("state", step.state().name());
            spec = Bindings.nullable(spec, "actedBy", step.actedBy(), String.class);
            spec = Bindings.nullable(spec, "actedAt", step.actedAt(), Instant.class);
            spec = Bindings.nullable(spec, "comment", step.comment(), String.class);
            return spec.fetch().rowsUpdated();
        })).then();
    }

    public Flux<Recipient> recipients(long documentId) {
        return database.sql("SELECT username, kind, read_at FROM approval_recipient WHERE document_id = :id ORDER BY kind, username")
                .bind("id", documentId)
                .map(row -> new Recipient(row.get("username", String.class),
                        RecipientKind.valueOf(row.get("kind", String.class)), row.get("read_at", Instant.class)))
                .all();
    }

    public Mono<Void> replaceRecipients(long documentId, List<Recipient> recipients) {
        return database.sql("DELETE FROM approval_recipient WHERE document_id = :id").bind("id", documentId)
                .fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(recipients).concatMap(r -> database.sql("""
                                INSERT INTO approval_recipient (document_id, username, kind) VALUES (:id, :username, :kind)
                                ON CONFLICT DO NOTHING""")
                        .bind("id", documentId).bind("username", r.username()).bind("kind", r.kind().name())
                        .fetch().rowsUpdated()))
                .then();
    }

    public Mono<Long> markRead(long documentId, String username, Instant at) {
        return database.sql("""
                UPDATE approval_recipient SET read_at = :at
                WHERE document_id = :id AND username = :username AND kind = 'CIRCULATION' AND read_at IS NULL""")
                .bind("id", documentId).bind("username", username).bind("at", at).fetch().rowsUpdated();
    }

    // boxes

    /** Documents waiting for one of these approvers at their current step. */
    public Flux<ApprovalDocument> waitingFor(List<String> approvers) {
        return documents("""
                WHERE d.status IN ('IN_PROGRESS', 'ON_HOLD') AND EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND s.state = 'WAITING' AND s.kind <> 'DRAFT' AND s.approver = ANY(:people)
                      AND s.seq = (SELECT min(x.seq) FROM approval_step x WHERE x.document_id = d.id
                                   AND x.version = d.version AND x.state = 'WAITING' AND x.kind <> 'DRAFT'))
                ORDER BY d.updated_at DESC""", approvers.toArray(String[]::new), null);
    }

    /** Unfinished documents the user drafted or has already approved. */
    public Flux<ApprovalDocument> inProgress(String username) {
        return documents("""
                WHERE d.status IN ('IN_PROGRESS', 'ON_HOLD') AND (d.drafter = :user OR EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND s.kind <> 'DRAFT' AND s.state = 'APPROVED' AND (s.approver = :user OR s.acted_by = :user)))
                ORDER BY d.updated_at DESC""", null, username);
    }

    public Flux<ApprovalDocument> completed(String username) {
        return documents("""
                WHERE d.status = 'COMPLETED' AND (d.drafter = :user OR EXISTS (
                    SELECT 1 FROM approval_step s WHERE s.document_id = d.id AND s.version = d.version
                      AND (s.approver = :user OR s.acted_by = :user)))
                ORDER BY d.completed_at DESC""", null, username);
    }

    public Flux<ApprovalDocument> byDrafter(String username, DocumentStatus status) {
        return documents("WHERE d.drafter = :user AND d.status = '" + status.name() + "' ORDER BY d.updated_at DESC",
                null, username);
    }

    public Flux<ApprovalDocument> referencedTo(String username) {
        return documents("""
                WHERE d.status <> 'DRAFT' AND EXISTS (SELECT 1 FROM approval_recipient r
                    WHERE r.document_id = d.id AND r.username = :user)
                ORDER BY d.updated_at DESC""", null, username);
    }

    public Flux<ApprovalDocument> published(int limit) {
        return documents("WHERE d.published_at IS NOT NULL ORDER BY d.published_at DESC LIMIT " + Math.max(1, limit),
                null, null);
    }

    /** Completed documents with an id above {@code afterId}, in id order. */
    public Flux<ApprovalDocument> completedAfter(long afterId, int limit) {
        return documents("WHERE d.status = 'COMPLETED' AND d.id > " + afterId + " ORDER BY d.id LIMIT "
                + Math.max(1, limit), null, null);
    }

    private Flux<ApprovalDocument> documents(String where, String @Nullable [] people, @Nullable String user) {
        GenericExecuteSpec spec = database.sql("SELECT " + DOCUMENT_COLUMNS + " FROM approval_document d " + where);
        if (people != null) {
            spec = spec.bind("people", people);
        }
        if (user != null) {
            spec = spec.bind("user", user);
        }
        return spec.map((Readable row) -> document(row)).all();
    }

    // attachments

    public Mono<Long> insertAttachment(long documentId, int version, String filename, AttachmentType type,
                                       byte[] content, String sha256, String uploadedBy, Instant at) {
        return database.sql("""
                INSERT INTO approval_attachment (document_id, version, filename, type, size, sha256, content,
                    uploaded_by, uploaded_at)
                VALUES (:id, :version, :filename, :type, :size, :sha256, :content, :by, :at) RETURNING id""")
                .bind("id", documentId).bind("version", version).bind("filename", filename)
                .bind("type", type.name()).bind("size", (long) content.length).bind("sha256", sha256)
                .bind("content", java.nio.ByteBuffer.wrap(content)).bind("by", uploadedBy).bind("at", at)
                .map(row -> row.get("id", Long.class)).one();
    }

    public Flux<AttachmentInfo> attachments(long documentId) {
        return database.sql("""
                SELECT id, document_id, version, filename, type, size, sha256, uploaded_by, uploaded_at
                FROM approval_attachment WHERE document_id = :id ORDER BY id""")
                .bind("id", documentId).map((Readable row) -> attachment(row)).all();
    }

    public Mono<AttachmentInfo> attachment(long attachmentId) {
        return database.sql("""
                SELECT id, document_id, version, filename, type, size, sha256, uploaded_by, uploaded_at
                FROM approval_attachment WHERE id = :id""")
                .bind("id", attachmentId).map((Readable row) -> attachment(row)).one();
    }

    public Mono<byte[]> attachmentContent(long attachmentId) {
        return database.sql("SELECT content FROM approval_attachment WHERE id = :id").bind("id", attachmentId)
                .map(row -> {
                    java.nio.ByteBuffer buffer = row.get("content", java.nio.ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                }).one();
    }

    // saved lines

    public Mono<Long> saveLine(String owner, String name, List<LineEntry> entries) {
        String steps = String.join("\n", entries.stream()
                .map(e -> e.kind().name() + ":" + e.parallel() + ":" + e.approver()).toList());
        return database.sql("""
                INSERT INTO approval_saved_line (owner, name, steps) VALUES (:owner, :name, :steps)
                ON CONFLICT (owner, name) DO UPDATE SET steps = EXCLUDED.steps RETURNING id""")
                .bind("owner", owner).bind("name", name).bind("steps", steps)
                .map(row -> row.get("id", Long.class)).one();
    }

    public Flux<SavedLine> savedLines(String owner) {
        return database.sql("SELECT id, owner, name, steps FROM approval_saved_line WHERE owner = :owner ORDER BY name")
                .bind("owner", owner)
                .map(row -> new SavedLine(row.get("id", Long.class), row.get("owner", String.class),
                        row.get("name", String.class), Arrays.stream(row.get("steps", String.class).split("\n"))
                        .filter(s -> !s.isBlank()).map(s -> s.split(":", 3))
                        .map(p -> new LineEntry(StepKind.valueOf(p[0]), p[2], Boolean.parseBoolean(p[1]))).toList()))
                .all();
    }

    public Mono<Long> deleteLine(String owner, long id) {
        return database.sql("DELETE FROM approval_saved_line WHERE id = :id AND owner = :owner")
                .bind("id", id).bind("owner", owner).fetch().rowsUpdated();
    }

    // members, rules and absences

    public Mono<Void> putMember(String username, Rank rank, @Nullable String departmentCode) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_member (username, rank, department_code) VALUES (:username, :rank, :department)
                ON CONFLICT (username) DO UPDATE SET rank = EXCLUDED.rank, department_code = EXCLUDED.department_code""")
                .bind("username", username).bind("rank", rank.name());
        return Bindings.nullable(spec, "department", departmentCode, String.class).fetch().rowsUpdated().then();
    }

    /** Usernames of everyone with a recorded rank, by name. */
    public Flux<String> members() {
        return database.sql("SELECT username FROM approval_member ORDER BY username")
                .map(row -> row.get("username", String.class)).all();
    }

    public Mono<Rank> rank(String username) {
        return database.sql("SELECT rank FROM approval_member WHERE username = :username").bind("username", username)
                .map(row -> Rank.valueOf(row.get("rank", String.class))).one();
    }

    public Mono<Rank> ruleRank(FormType form) {
        return database.sql("SELECT final_rank FROM approval_delegation_rule WHERE form_type = :form")
                .bind("form", form.name()).map(row -> Rank.valueOf(row.get("final_rank", String.class))).one();
    }

    public Mono<Void> putRule(FormType form, Rank rank) {
        return database.sql("""
                INSERT INTO approval_delegation_rule (form_type, final_rank) VALUES (:form, :rank)
                ON CONFLICT (form_type) DO UPDATE SET final_rank = EXCLUDED.final_rank""")
                .bind("form", form.name()).bind("rank", rank.name()).fetch().rowsUpdated().then();
    }

    /** Absences that have not ended before the day. */
    public Flux<Absence> absencesFrom(LocalDate day) {
        return database.sql("SELECT id, approver, substitute, from_date, to_date FROM approval_absence WHERE to_date >= :day ORDER BY id")
                .bind("day", day)
                .map(row -> new Absence(row.get("id", Long.class), row.get("approver", String.class),
                        row.get("substitute", String.class), row.get("from_date", LocalDate.class),
                        row.get("to_date", LocalDate.class)))
                .all();
    }

    public Mono<Long> insertAbsence(Absence absence, String createdBy) {
        return database.sql("""
                INSERT INTO approval_absence (approver, substitute, from_date, to_date, created_by)
                VALUES (:approver, :substitute, :from, :to, :by) RETURNING id""")
                .bind("approver", absence.approver()).bind("substitute", absence.substitute())
                .bind("from", absence.from()).bind("to", absence.to()).bind("by", createdBy)
                .map(row -> row.get("id", Long.class)).one();
    }

    public Mono<Long> deleteAbsence(long id) {
        return database.sql("DELETE FROM approval_absence WHERE id = :id").bind("id", id).fetch().rowsUpdated();
    }

    /** Serialises absence changes, so that two concurrent ones cannot close a loop together. */
    public Mono<Void> lockAbsences() {
        return database.sql("SELECT pg_advisory_xact_lock(7304301)").fetch().rowsUpdated().then();
    }

    // audit trail

    /** Appends an entry at the head of the chain. Call within a transaction: the head row is locked until it ends. */
    public Mono<AuditEntry> append(AuditEntry unsealed) {
        return database.sql("SELECT last_hash FROM approval_audit_head WHERE id = 1 FOR UPDATE")
                .map(row -> row.get("last_hash", String.class)).one()
                .flatMap(previous -> {
                    AuditEntry e = AuditChain.seal(unsealed, previous);
                    GenericExecuteSpec spec = database.sql("""
                            INSERT INTO approval_audit (at, actor, on_behalf_of, action, document_id, version, step,
                                client_address, user_agent, detail, prev_hash, hash)
                            VALUES (:at, :actor, :onBehalfOf, :action, :document, :version, :step, :address, :agent,
                                :detail, :prev, :hash) RETURNING id""")
                            .bind("at", e.at()).bind("actor", e.actor()).bind("action", e.action())
                            .bind("detail", e.detail()).bind("prev", e.prevHash()).bind("hash", e.hash());
                    spec = Bindings.nullable(spec, "onBehalfOf", e.onBehalfOf(), String.class);
                    spec = Bindings.nullable(spec, "document", e.documentId(), Long.class);
                    spec = Bindings.nullable(spec, "version", e.version(), Integer.class);
                    spec = Bindings.nullable(spec, "step", e.step(), Integer.class);
                    spec = Bindings.nullable(spec, "address", e.clientAddress(), String.class);
                    spec = Bindings.nullable(spec, "agent", e.userAgent(), String.class);
                    return spec.map(row -> row.get("id", Long.class)).one()
                            .flatMap(id -> database.sql("UPDATE approval_audit_head SET last_id = :id, last_hash = :hash WHERE id = 1")
                                    .bind("id", id).bind("hash", e.hash()).fetch().rowsUpdated()
                                    .thenReturn(e.withId(id)));
                });
    }

    public Flux<AuditEntry> auditTrail(@Nullable Long documentId) {
        String where = documentId == null ? "" : " WHERE document_id = :document";
        GenericExecuteSpec spec = database.sql("""
                SELECT id, at, actor, on_behalf_of, action, document_id, version, step, client_address, user_agent,
                       detail, prev_hash, hash FROM approval_audit""" + where + " ORDER BY id");
        if (documentId != null) {
            spec = spec.bind("document", documentId);
        }
        return spec.map(row -> new AuditEntry(row.get("id", Long.class), row.get("at", Instant.class),
                row.get("actor", String.class), row.get("on_behalf_of", String.class), row.get("action", String.class),
                row.get("document_id", Long.class), row.get("version", Integer.class), row.get("step", Integer.class),
                row.get("client_address", String.class), row.get("user_agent", String.class),
                row.get("detail", String.class), row.get("prev_hash", String.class), row.get("hash", String.class)))
                .all();
    }

    public Mono<String> auditHeadHash() {
        return database.sql("SELECT last_hash FROM approval_audit_head WHERE id = 1")
                .map(row -> row.get("last_hash", String.class)).one();
    }

    // mapping

    private static ApprovalDocument document(Readable row) {
        String rank = row.get("delegated_rank", String.class);
        return new ApprovalDocument(row.get("id", Long.class), FormType.valueOf(row.get("form_type", String.class)),
                row.get("department_code", String.class), row.get("drafter", String.class),
                DocumentStatus.valueOf(row.get("status", String.class)), row.get("version", Integer.class),
                row.get("revision", Long.class), row.get("number", String.class), row.get("title", String.class),
                row.get("body", String.class), DisclosureLevel.valueOf(row.get("disclosure", String.class)), item(row),
                Retention.valueOf(row.get("retention", String.class)), keywords(row), row.get("held_by", String.class),
                rank == null ? null : Rank.valueOf(rank), row.get("delegated_approver", String.class),
                row.get("created_at", Instant.class), row.get("updated_at", Instant.class),
                row.get("submitted_at", Instant.class), row.get("completed_at", Instant.class),
                row.get("published_at", Instant.class));
    }

    private static AttachmentInfo attachment(Readable row) {
        return new AttachmentInfo(row.get("id", Long.class), row.get("document_id", Long.class),
                row.get("version", Integer.class), row.get("filename", String.class),
                AttachmentType.valueOf(row.get("type", String.class)), row.get("size", Long.class),
                row.get("sha256", String.class), row.get("uploaded_by", String.class),
                row.get("uploaded_at", Instant.class));
    }

    private static @Nullable Integer item(Readable row) {
        return Optional.ofNullable(row.get("non_disclosure_item", Short.class)).map(Short::intValue).orElse(null);
    }

    private static List<String> keywords(Readable row) {
        String text = row.get("keywords", String.class);
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
