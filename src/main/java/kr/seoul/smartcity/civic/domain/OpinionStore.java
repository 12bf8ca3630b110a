package kr.seoul.smartcity.civic.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/** Complaint figures and topic trends in PostgreSQL. */
@Repository
public class OpinionStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    OpinionStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<ComplaintDay> complaints(LocalDate from, LocalDate to) {
        return database.sql("""
                        SELECT day, channel, department_code, received, handled, overdue, disclosure
                        FROM civic_complaint_day WHERE day BETWEEN :from AND :to ORDER BY day, channel, department_code""")
                .bind("from", from)
                .bind("to", to)
                .map(row -> new ComplaintDay(
                        row.get("day", LocalDate.class),
                        Channel.valueOf(row.get("channel", String.class)),
                        row.get("department_code", String.class),
                        row.get("received", Integer.class),
                        row.get("handled", Integer.class),
                        row.get("overdue", Integer.class),
                        DisclosureClass.valueOf(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    public List<TopicWeek> topics(LocalDate from) {
        return database.sql("""
                        SELECT week_start, topic_ko, topic_en, volume, positive, negative, keywords, disclosure
                        FROM civic_topic_week WHERE week_start >= :from ORDER BY topic_ko, week_start""")
                .bind("from", from)
                .map(OpinionStore::topic)
                .all()
                .as(await::list);
    }

    public long complaintRows() {
        return database.sql("SELECT count(*) AS n FROM civic_complaint_day")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    /** Adds or replaces figures, all or none. */
    public void save(List<ComplaintDay> days, List<TopicWeek> weeks, boolean sample) {
        Flux.fromIterable(days)
                .concatMap(d -> database.sql("""
                                INSERT INTO civic_complaint_day (day, channel, department_code, received, handled, overdue,
                                                                 disclosure, sample)
                                VALUES (:day, :channel, :department, :received, :handled, :overdue, :disclosure, :sample)
                                ON CONFLICT (day, channel, department_code) DO UPDATE SET received = EXCLUDED.received,
                                    handled = EXCLUDED.handled, overdue = EXCLUDED.overdue,
                                    disclosure = EXCLUDED.disclosure""")
                        .bind("day", d.day())
                        .bind("channel", d.channel().name())
                        .bind("department", d.departmentCode())
                        .bind("received", d.received())
                        .bind("handled", d.handled())
                        .bind("overdue", d.overdue())
                        .bind("disclosure", d.disclosure().name())
                        .bind("sample", sample)
                        .fetch()
                        .rowsUpdated())
                .thenMany(Flux.fromIterable(weeks)
                        .concatMap(w -> database.sql("""
                                INSERT INTO civic_topic_week (week_start, topic_ko, topic_en, volume, positive, negative,
                                                              keywords, disclosure, sample)
                                VALUES (:week, :ko, :en, :volume, :positive, :negative, :keywords, :disclosure, :sample)
                                ON CONFLICT (week_start, topic_ko) DO UPDATE SET volume = EXCLUDED.volume,
                                    positive = EXCLUDED.positive, negative = EXCLUDED.negative,
                                    keywords = EXCLUDED.keywords, disclosure = EXCLUDED.disclosure""")
                                .bind("week", w.weekStart())
                                .bind("ko", w.topicKo())
                                .bind("en", w.topicEn())
                                .bind("volume", w.volume())
                                .bind("positive", BigDecimal.valueOf(w.positive()))
                                .bind("negative", BigDecimal.valueOf(w.negative()))
                                .bind("keywords", w.keywords().toArray(String[]::new))
                                .bind("disclosure", w.disclosure().name())
                                .bind("sample", sample)
                                .fetch()
                                .rowsUpdated()))
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    private static TopicWeek topic(Readable row) {
        return new TopicWeek(
                row.get("week_start", LocalDate.class),
                row.get("topic_ko", String.class),
                row.get("topic_en", String.class),
                row.get("volume", Integer.class),
                row.get("positive", BigDecimal.class).doubleValue(),
                row.get("negative", BigDecimal.class).doubleValue(),
                List.of(row.get("keywords", String[].class)),
                DisclosureClass.valueOf(row.get("disclosure", String.class)));
    }
}
