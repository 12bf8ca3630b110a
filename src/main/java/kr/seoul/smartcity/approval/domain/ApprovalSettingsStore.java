package kr.seoul.smartcity.approval.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What approval runs on: ranks, 전결 rules, absences and saved lines; each change with its audit entry. */
@Repository
public class ApprovalSettingsStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;
    private final AuditStore trail;

    ApprovalSettingsStore(
            DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await, AuditStore trail) {
        this.database = database;
        this.transaction = transaction;
        this.await = await;
        this.trail = trail;
    }

    /** Saves (or replaces by name) a line of an owner, with the audit entry; its id. */
    public long saveLine(String owner, String name, List<LineEntry> entries, AuditEntry audit) {
        return saveLine(owner, name, entries)
                .flatMap(id -> trail.append(audit).thenReturn(id))
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Deletes an owner's saved line, with the audit entry; false if there was none. */
    public boolean deleteLine(String owner, long id, AuditEntry audit) {
        return written(deleteLine(owner, id), audit);
    }

    /**
     * Records an absence after {@code check} (given the absences not ended before it starts) accepts it; absence
     * changes are serialised, so that two concurrent ones cannot close a loop together. Its id.
     */
    public long addAbsence(
            Absence absence, String createdBy, Consumer<List<Absence>> check, LongFunction<AuditEntry> audit) {
        return lockAbsences()
                .then(absenceCalls(absence.from()).collectList())
                .flatMap(existing -> {
                    check.accept(existing);
                    return insertAbsence(absence, createdBy);
                })
                .flatMap(id -> trail.append(audit.apply(id)).thenReturn(id))
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Deletes an absence, with the audit entry; false if there was none. */
    public boolean deleteAbsence(long id, AuditEntry audit) {
        return written(deleteAbsence(id), audit);
    }

    /** Runs a write and, if it changed a row, appends the audit entry, in one transaction. */
    private boolean written(Mono<Long> write, AuditEntry audit) {
        Long rows = write.flatMap(
                        n -> n == 0 ? Mono.just(n) : trail.append(audit).thenReturn(n))
                .as(transaction::transactional)
                .as(await::value);
        return rows != null && rows > 0;
    }

    private Mono<Long> saveLine(String owner, String name, List<LineEntry> entries) {
        String steps = String.join(
                "\n",
                entries.stream()
                        .map(e -> e.kind().name() + ":" + e.parallel() + ":" + e.approver())
                        .toList());
        return database.sql("""
                INSERT INTO approval_saved_line (owner, name, steps) VALUES (:owner, :name, :steps)
                ON CONFLICT (owner, name) DO UPDATE SET steps = EXCLUDED.steps RETURNING id""")
                .bind("owner", owner)
                .bind("name", name)
                .bind("steps", steps)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    public List<SavedLine> savedLines(String owner) {
        return database.sql("SELECT id, owner, name, steps FROM approval_saved_line WHERE owner = :owner ORDER BY name")
                .bind("owner", owner)
                .map(row -> new SavedLine(
                        row.get("id", Long.class),
                        row.get("owner", String.class),
                        row.get("name", String.class),
                        Arrays.stream(row.get("steps", String.class).split("\n"))
                                .filter(s -> !s.isBlank())
                                .map(s -> s.split(":", 3))
                                .map(p -> new LineEntry(StepKind.valueOf(p[0]), p[2], Boolean.parseBoolean(p[1])))
                                .toList()))
                .all()
                .as(await::list);
    }

    private Mono<Long> deleteLine(String owner, long id) {
        return database.sql("DELETE FROM approval_saved_line WHERE id = :id AND owner = :owner")
                .bind("id", id)
                .bind("owner", owner)
                .fetch()
                .rowsUpdated();
    }

    public void putMember(String username, Rank rank, @Nullable String departmentCode) {
        GenericExecuteSpec spec = database.sql("""
                INSERT INTO approval_member (username, rank, department_code) VALUES (:username, :rank, :department)
                ON CONFLICT (username) DO UPDATE SET rank = EXCLUDED.rank, department_code = EXCLUDED.department_code""").bind("username", username).bind("rank", rank.name());
        Bindings.nullable(spec, "department", departmentCode, String.class)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Usernames of everyone with a recorded rank, by name. */
    public List<String> members() {
        return database.sql("SELECT username FROM approval_member ORDER BY username")
                .map(row -> row.get("username", String.class))
                .all()
                .as(await::list);
    }

    public Optional<Rank> rank(String username) {
        return database.sql("SELECT rank FROM approval_member WHERE username = :username")
                .bind("username", username)
                .map(row -> Rank.valueOf(row.get("rank", String.class)))
                .one()
                .as(await::optional);
    }

    public Optional<Rank> ruleRank(FormType form) {
        return database.sql("SELECT final_rank FROM approval_delegation_rule WHERE form_type = :form")
                .bind("form", form.name())
                .map(row -> Rank.valueOf(row.get("final_rank", String.class)))
                .one()
                .as(await::optional);
    }

    public void putRule(FormType form, Rank rank) {
        database.sql("""
                INSERT INTO approval_delegation_rule (form_type, final_rank) VALUES (:form, :rank)
                ON CONFLICT (form_type) DO UPDATE SET final_rank = EXCLUDED.final_rank""")
                .bind("form", form.name())
                .bind("rank", rank.name())
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Absences that have not ended before the day. */
    public List<Absence> absencesFrom(LocalDate day) {
        return absenceCalls(day).as(await::list);
    }

    Flux<Absence> absenceCalls(LocalDate day) {
        return database.sql(
                        "SELECT id, approver, substitute, from_date, to_date FROM approval_absence WHERE to_date >= :day ORDER BY id")
                .bind("day", day)
                .map(row -> new Absence(
                        row.get("id", Long.class),
                        row.get("approver", String.class),
                        row.get("substitute", String.class),
                        row.get("from_date", LocalDate.class),
                        row.get("to_date", LocalDate.class)))
                .all();
    }

    private Mono<Long> insertAbsence(Absence absence, String createdBy) {
        return database.sql("""
                INSERT INTO approval_absence (approver, substitute, from_date, to_date, created_by)
                VALUES (:approver, :substitute, :from, :to, :by) RETURNING id""")
                .bind("approver", absence.approver())
                .bind("substitute", absence.substitute())
                .bind("from", absence.from())
                .bind("to", absence.to())
                .bind("by", createdBy)
                .map(row -> row.get("id", Long.class))
                .one();
    }

    private Mono<Long> deleteAbsence(long id) {
        return database.sql("DELETE FROM approval_absence WHERE id = :id")
                .bind("id", id)
                .fetch()
                .rowsUpdated();
    }

    /** Serialises absence changes, so that two concurrent ones cannot close a loop together. */
    private Mono<Void> lockAbsences() {
        return database.sql("SELECT pg_advisory_xact_lock(7304301)")
                .fetch()
                .rowsUpdated()
                .then();
    }
}
