package kr.seoul.smartcity.directive.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Directives, their history and attachments in PostgreSQL. A step changes the directive and records its event in one transaction. */
@Repository
public class DirectiveStore {

    private static final String COLUMNS = """
            id, title, body, priority, status, departments, due_at, issued_by, issued_by_name, issued_at, owner,
            owner_name, context_kind, context_ref, context_title, context_route, disclosure, result, reminded_at,
            closed_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    DirectiveStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Stores a new directive with its ISSUED event. */
    public Directive insert(
            String title,
            String body,
            Priority priority,
            List<String> departments,
            Instant dueAt,
            Actor issuer,
            @Nullable DirectiveContext context,
            Instant now,
            boolean sample) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO directive (title, body, priority, status, departments, due_at, issued_by,
                            issued_by_name, issued_at, context_kind, context_ref, context_title, context_route, sample)
                        VALUES (:title, :body, :priority, 'ISSUED', :departments, :due, :by, :name, :now, :kind, :ref,
                            :ctitle, :route, :sample)
                        RETURNING id""")
                .bind("title", title)
                .bind("body", body)
                .bind("priority", priority.name())
                .bind("departments", String.join(",", departments))
                .bind("due", dueAt)
                .bind("by", issuer.username())
                .bind("name", issuer.name())
                .bind("now", now)
                .bind("sample", sample);
        spec = Bindings.nullable(
                spec, "kind", context == null ? null : context.kind().name());
        spec = Bindings.nullable(spec, "ref", context == null ? null : context.reference());
        spec = Bindings.nullable(spec, "ctitle", context == null ? null : context.title());
        spec = Bindings.nullable(spec, "route", context == null ? null : context.route());
        Long id = spec.map(row -> row.get("id", Long.class))
                .one()
                .flatMap(newId -> event(
                                newId,
                                DirectiveAction.ISSUED,
                                null,
                                DirectiveStatus.ISSUED,
                                issuer,
                                now,
                                body,
                                null,
                                null)
                        .thenReturn(newId))
                .as(transaction::transactional)
                .as(await::value);
        return find(id).orElseThrow();
    }

    public Optional<Directive> find(long id) {
        return database.sql("SELECT " + COLUMNS + " FROM directive WHERE id = :id")
                .bind("id", id)
                .map(DirectiveStore::directive)
                .one()
                .as(await::optional);
    }

    /** Every directive, most urgent first: open ones by due time, then closed ones newest first. */
    public List<Directive> all() {
        return database.sql("SELECT " + COLUMNS + " FROM directive ORDER BY (status = 'ACCEPTED'), due_at, id")
                .map(DirectiveStore::directive)
                .all()
                .as(await::list);
    }

    /** The directives given to a department. */
    public List<Directive> ofDepartment(String departmentCode) {
        return database.sql("SELECT " + COLUMNS + " FROM directive WHERE (',' || departments || ',') LIKE :pattern "
                        + "ORDER BY (status = 'ACCEPTED'), due_at, id")
                .bind("pattern", "%," + departmentCode + ",%")
                .map(DirectiveStore::directive)
                .all()
                .as(await::list);
    }

    /** Published directives, newest first. */
    public List<Directive> published(int limit) {
        return database.sql("SELECT " + COLUMNS + " FROM directive WHERE disclosure = 'PUBLIC' ORDER BY issued_at DESC "
                        + "LIMIT :limit")
                .bind("limit", limit)
                .map(DirectiveStore::directive)
                .all()
                .as(await::list);
    }

    /** Open directives due before a time and not reminded yet. */
    public List<Directive> dueBefore(Instant limit) {
        return database.sql("SELECT " + COLUMNS + " FROM directive WHERE status NOT IN ('ACCEPTED', 'REPORTED_DONE') "
                        + "AND reminded_at IS NULL AND due_at <= :limit ORDER BY due_at")
                .bind("limit", limit)
                .map(DirectiveStore::directive)
                .all()
                .as(await::list);
    }

    /** The changes one step makes to a directive; null fields stay as they are. */
    public record Change(
            DirectiveStatus to,
            @Nullable String owner,
            @Nullable String ownerName,
            @Nullable String result,
            @Nullable DisclosureClass disclosure,
            @Nullable Instant remindedAt,
            @Nullable Instant closedAt) {

        public static Change status(DirectiveStatus to) {
            return new Change(to, null, null, null, null, null, null);
        }
    }

    /**
     * Records a step: the directive changes only if it still has the status the step was decided on, and the event
     * and its files are stored with it, all or nothing.
     *
     * @return false if someone else changed the directive in between (nothing was stored)
     */
    public boolean step(
            Directive before,
            DirectiveAction action,
            Change change,
            Actor actor,
            Instant now,
            String note,
            DirectiveEvent.@Nullable LinkKind linkKind,
            @Nullable String linkRef,
            List<NewAttachment> attachments) {
        DatabaseClient.GenericExecuteSpec update = database.sql("""
                        UPDATE directive SET status = :to,
                            owner = COALESCE(:owner, owner), owner_name = COALESCE(:ownerName, owner_name),
                            result = COALESCE(:result, result), disclosure = COALESCE(:disclosure, disclosure),
                            reminded_at = COALESCE(:reminded, reminded_at), closed_at = COALESCE(:closed, closed_at)
                        WHERE id = :id AND status = :from""")
                .bind("to", change.to().name())
                .bind("id", before.id())
                .bind("from", before.status().name());
        update = Bindings.nullable(update, "owner", change.owner());
        update = Bindings.nullable(update, "ownerName", change.ownerName());
        update = Bindings.nullable(update, "result", change.result());
        update = Bindings.nullable(
                update,
                "disclosure",
                change.disclosure() == null ? null : change.disclosure().name());
        update = Bindings.nullable(update, "reminded", change.remindedAt(), Instant.class);
        update = Bindings.nullable(update, "closed", change.closedAt(), Instant.class);
        Boolean stored = update.fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : event(before.id(), action, before.status(), change.to(), actor, now, note, linkKind, linkRef)
                                .flatMap(eventId -> Flux.fromIterable(attachments)
                                        .concatMap(file -> database.sql("""
                                                INSERT INTO directive_attachment (directive_id, event_id, file_name,
                                                    file_type, size, sha256, content)
                                                VALUES (:directive, :event, :name, :type, :size, :sha, :content)""")
                                                .bind("directive", before.id())
                                                .bind("event", eventId)
                                                .bind("name", file.fileName())
                                                .bind("type", file.type())
                                                .bind("size", (long) file.content().length)
                                                .bind("sha", file.sha256())
                                                .bind("content", java.nio.ByteBuffer.wrap(file.content()))
                                                .fetch()
                                                .rowsUpdated())
                                        .then(Mono.just(true))))
                .as(transaction::transactional)
                .as(await::value);
        return Boolean.TRUE.equals(stored);
    }

    /** The history of a directive, oldest first, with the files of each step. */
    public List<DirectiveEvent> history(long directiveId) {
        Map<Long, List<AttachmentInfo>> files = new LinkedHashMap<>();
        database.sql("SELECT id, event_id, file_name, file_type, size FROM directive_attachment "
                        + "WHERE directive_id = :id ORDER BY id")
                .bind("id", directiveId)
                .map(row -> Map.entry(
                        row.get("event_id", Long.class),
                        new AttachmentInfo(
                                row.get("id", Long.class),
                                row.get("file_name", String.class),
                                row.get("file_type", String.class),
                                row.get("size", Long.class))))
                .all()
                .toIterable()
                .forEach(entry -> files.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                        .add(entry.getValue()));
        return database.sql("""
                        SELECT id, directive_id, action, from_status, to_status, actor, actor_name, at, note, link_kind,
                            link_ref FROM directive_event WHERE directive_id = :id ORDER BY id""")
                .bind("id", directiveId)
                .map(row -> {
                    long id = row.get("id", Long.class);
                    String from = row.get("from_status", String.class);
                    String link = row.get("link_kind", String.class);
                    return new DirectiveEvent(
                            id,
                            row.get("directive_id", Long.class),
                            DirectiveAction.valueOf(row.get("action", String.class)),
                            from == null ? null : DirectiveStatus.valueOf(from),
                            DirectiveStatus.valueOf(row.get("to_status", String.class)),
                            row.get("actor", String.class),
                            row.get("actor_name", String.class),
                            row.get("at", Instant.class),
                            row.get("note", String.class),
                            link == null ? null : DirectiveEvent.LinkKind.valueOf(link),
                            row.get("link_ref", String.class),
                            files.getOrDefault(id, List.of()));
                })
                .all()
                .as(await::list);
    }

    public Optional<StoredAttachment> attachment(long directiveId, long attachmentId) {
        return database.sql("SELECT file_name, file_type, content FROM directive_attachment "
                        + "WHERE id = :id AND directive_id = :directive")
                .bind("id", attachmentId)
                .bind("directive", directiveId)
                .map(StoredAttachment::from)
                .one()
                .as(await::optional);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM directive")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    private Mono<Long> event(
            long directiveId,
            DirectiveAction action,
            @Nullable DirectiveStatus from,
            DirectiveStatus to,
            Actor actor,
            Instant now,
            String note,
            DirectiveEvent.@Nullable LinkKind linkKind,
            @Nullable String linkRef) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO directive_event (directive_id, action, from_status, to_status, actor, actor_name,
                            at, note, link_kind, link_ref)
                        VALUES (:directive, :action, :from, :to, :actor, :name, :at, :note, :linkKind, :linkRef)
                        RETURNING id""")
                .bind("directive", directiveId)
                .bind("action", action.name())
                .bind("to", to.name())
                .bind("actor", actor.username())
                .bind("name", actor.name())
                .bind("at", now)
                .bind("note", note == null ? "" : note);
        spec = Bindings.nullable(spec, "from", from == null ? null : from.name());
        spec = Bindings.nullable(spec, "linkKind", linkKind == null ? null : linkKind.name());
        spec = Bindings.nullable(spec, "linkRef", linkRef);
        return spec.map(row -> row.get("id", Long.class)).one();
    }

    private static Directive directive(Readable row) {
        String kind = row.get("context_kind", String.class);
        DirectiveContext context = kind == null
                ? null
                : new DirectiveContext(
                        ContextKind.valueOf(kind),
                        row.get("context_ref", String.class),
                        row.get("context_title", String.class),
                        row.get("context_route", String.class));
        return new Directive(
                row.get("id", Long.class),
                row.get("title", String.class),
                row.get("body", String.class),
                Priority.valueOf(row.get("priority", String.class)),
                DirectiveStatus.valueOf(row.get("status", String.class)),
                Arrays.asList(row.get("departments", String.class).split(",")),
                row.get("due_at", Instant.class),
                row.get("issued_by", String.class),
                row.get("issued_by_name", String.class),
                row.get("issued_at", Instant.class),
                row.get("owner", String.class),
                row.get("owner_name", String.class),
                context,
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("result", String.class),
                row.get("reminded_at", Instant.class),
                row.get("closed_at", Instant.class));
    }
}
