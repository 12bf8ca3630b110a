package kr.seoul.smartcity.civic.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Citizens' proposals and their supports in PostgreSQL. */
@Repository
public class ProposalStore {

    private static final String COLUMNS = """
            id, title, body, department_code, author_name, supports, answer_due, due_since, answer, answered_by,
            answered_level, answered_at, disclosure, created_at""";

    /** Orders of the public list. */
    public enum Order implements Labelled {
        SUPPORTS,
        RECENT;

        @Override
        public String labelKey() {
            return "civic.proposal.order." + name();
        }
    }

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ProposalStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Whether the proposal belongs to a sample set (loaded by the embedded default, marked as such on screen). */
    public boolean isSample(long id) {
        return database.sql("SELECT sample FROM civic_proposal WHERE id = :id")
                .bind("id", id)
                .map(row -> Boolean.TRUE.equals(row.get("sample", Boolean.class)))
                .one()
                .as(await::optional)
                .orElse(false);
    }

    public Proposal insert(
            String title,
            String body,
            String departmentCode,
            SupporterKey author,
            String authorName,
            Instant now,
            boolean sample) {
        return database.sql("""
                        INSERT INTO civic_proposal (title, body, department_code, author_key, author_name, created_at, sample)
                        VALUES (:title, :body, :department, :author, :name, :now, :sample)
                        RETURNING\s""" + COLUMNS)
                .bind("title", title)
                .bind("body", body)
                .bind("department", departmentCode)
                .bind("author", author.hash())
                .bind("name", authorName)
                .bind("now", now)
                .bind("sample", sample)
                .map(ProposalStore::proposal)
                .one()
                .as(await::value);
    }

    public Optional<Proposal> find(long id) {
        return database.sql("SELECT " + COLUMNS + " FROM civic_proposal WHERE id = :id")
                .bind("id", id)
                .map(ProposalStore::proposal)
                .one()
                .as(await::optional);
    }

    public List<Proposal> list(Order order, int limit) {
        String by = order == Order.SUPPORTS ? "supports DESC, id DESC" : "created_at DESC, id DESC";
        return database.sql("SELECT " + COLUMNS + " FROM civic_proposal ORDER BY " + by + " LIMIT :limit")
                .bind("limit", limit)
                .map(ProposalStore::proposal)
                .all()
                .as(await::list);
    }

    /** Proposals that owe an answer at this level, oldest obligation first; of one department unless null. */
    public List<Proposal> awaiting(AnswerLevel level, String departmentCode) {
        String department = departmentCode == null ? "" : " AND department_code = :department";
        DatabaseClient.GenericExecuteSpec spec = database.sql("SELECT " + COLUMNS + " FROM civic_proposal "
                        + "WHERE answer_due = :level AND (answered_level IS NULL OR (answered_level = 'DEPARTMENT' "
                        + "AND answer_due = 'MAYOR'))" + department + " ORDER BY due_since, id")
                .bind("level", level.name());
        if (departmentCode != null) {
            spec = spec.bind("department", departmentCode);
        }
        return spec.map(ProposalStore::proposal).all().as(await::list);
    }

    public boolean supported(long id, SupporterKey supporter) {
        return Boolean.TRUE.equals(database.sql("SELECT EXISTS (SELECT 1 FROM civic_proposal_support "
                        + "WHERE proposal_id = :id AND supporter_key = :key) AS s")
                .bind("id", id)
                .bind("key", supporter.hash())
                .map(row -> row.get("s", Boolean.class))
                .one()
                .as(await::value));
    }

    /**
     * Counts a supporter once: the support and the new count in one transaction.
     *
     * @return the proposal with its new count, or empty if this supporter was counted before
     */
    public Optional<Proposal> support(long id, SupporterKey supporter, Instant now) {
        return database.sql("""
                        INSERT INTO civic_proposal_support (proposal_id, supporter_key, supported_at)
                        VALUES (:id, :key, :now) ON CONFLICT DO NOTHING""")
                .bind("id", id)
                .bind("key", supporter.hash())
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.<Proposal>empty()
                        : database.sql("UPDATE civic_proposal SET supports = supports + 1 WHERE id = :id RETURNING "
                                        + COLUMNS)
                                .bind("id", id)
                                .map(ProposalStore::proposal)
                                .one())
                .as(transaction::transactional)
                .as(await::optional);
    }

    /** Raises who owes an answer; never lowers it. True if it changed. */
    public boolean raiseAnswerDue(long id, AnswerLevel level, Instant now) {
        return database.sql("""
                        UPDATE civic_proposal SET answer_due = :level, due_since = :now
                        WHERE id = :id AND (answer_due = 'NONE' OR (answer_due = 'DEPARTMENT' AND :level = 'MAYOR'))""")
                        .bind("id", id)
                        .bind("level", level.name())
                        .bind("now", now)
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    public void answer(long id, String answer, String answeredBy, AnswerLevel level, Instant now) {
        database.sql("""
                        UPDATE civic_proposal SET answer = :answer, answered_by = :by, answered_level = :level,
                            answered_at = :now WHERE id = :id""")
                .bind("id", id)
                .bind("answer", answer)
                .bind("by", answeredBy)
                .bind("level", level.name())
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM civic_proposal")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    private static Proposal proposal(Readable row) {
        String answeredLevel = row.get("answered_level", String.class);
        return new Proposal(
                row.get("id", Long.class),
                row.get("title", String.class),
                row.get("body", String.class),
                row.get("department_code", String.class),
                row.get("author_name", String.class),
                row.get("supports", Integer.class),
                AnswerLevel.valueOf(row.get("answer_due", String.class)),
                row.get("due_since", Instant.class),
                row.get("answer", String.class),
                row.get("answered_by", String.class),
                answeredLevel == null ? null : AnswerLevel.valueOf(answeredLevel),
                row.get("answered_at", Instant.class),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("created_at", Instant.class));
    }
}
