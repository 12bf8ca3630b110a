package kr.seoul.smartcity.directive.domain;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/** Reports, their files, briefings and annotations in PostgreSQL. */
@Repository
public class ReportStore {

    private static final String COLUMNS = """
            id, title, body, department_code, submitted_by, submitted_name, submitted_at, indicator_code, project_code,
            disclosure, read_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ReportStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Stores a report with its files, all or nothing. */
    public long insert(
            String title,
            String body,
            String departmentCode,
            Actor by,
            Instant now,
            @Nullable String indicatorCode,
            @Nullable String projectCode,
            List<NewAttachment> files,
            boolean sample) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO report (title, body, department_code, submitted_by, submitted_name, submitted_at,
                            indicator_code, project_code, sample)
                        VALUES (:title, :body, :department, :by, :name, :now, :indicator, :project, :sample)
                        RETURNING id""")
                .bind("title", title)
                .bind("body", body)
                .bind("department", departmentCode)
                .bind("by", by.username())
                .bind("name", by.name())
                .bind("now", now)
                .bind("sample", sample);
        spec = indicatorCode == null ? spec.bindNull("indicator", String.class) : spec.bind("indicator", indicatorCode);
        spec = projectCode == null ? spec.bindNull("project", String.class) : spec.bind("project", projectCode);
        return spec.map(row -> row.get("id", Long.class))
                .one()
                .flatMap(id -> Flux.fromIterable(files)
                        .concatMap(file -> database.sql("""
                                        INSERT INTO report_attachment (report_id, file_name, file_type, size, sha256,
                                            content)
                                        VALUES (:report, :name, :type, :size, :sha, :content)""")
                                .bind("report", id)
                                .bind("name", file.fileName())
                                .bind("type", file.type())
                                .bind("size", (long) file.content().length)
                                .bind("sha", file.sha256())
                                .bind("content", ByteBuffer.wrap(file.content()))
                                .fetch()
                                .rowsUpdated())
                        .then(reactor.core.publisher.Mono.just(id)))
                .as(transaction::transactional)
                .as(await::value);
    }

    public Optional<Report> find(long id) {
        List<AttachmentInfo> attachments = attachments(id);
        return database.sql("SELECT " + COLUMNS + " FROM report WHERE id = :id")
                .bind("id", id)
                .map(row -> report(row, attachments))
                .one()
                .as(await::optional);
    }

    /** Reports newest first, of one department unless null. */
    public List<Report> list(@Nullable String departmentCode, int limit) {
        String where = departmentCode == null ? "" : " WHERE department_code = :department";
        DatabaseClient.GenericExecuteSpec spec = database.sql("SELECT " + COLUMNS + " FROM report" + where
                        + " ORDER BY submitted_at DESC, id DESC LIMIT :limit")
                .bind("limit", limit);
        if (departmentCode != null) {
            spec = spec.bind("department", departmentCode);
        }
        return spec.map(row -> report(row, List.of())).all().as(await::list);
    }

    /** Reports after an id, in id order, for catching up. */
    public List<Report> after(long afterId, int limit) {
        return database.sql("SELECT " + COLUMNS + " FROM report WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit)
                .map(row -> report(row, List.of()))
                .all()
                .as(await::list);
    }

    public void markRead(long id, Instant now) {
        database.sql("UPDATE report SET read_at = :now WHERE id = :id AND read_at IS NULL")
                .bind("id", id)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public Optional<StoredAttachment> attachment(long reportId, long attachmentId) {
        return database.sql("SELECT file_name, file_type, content FROM report_attachment "
                        + "WHERE id = :id AND report_id = :report")
                .bind("id", attachmentId)
                .bind("report", reportId)
                .map(StoredAttachment::from)
                .one()
                .as(await::optional);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM report")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    // briefings

    public void startBriefing(String id, long reportId, String presenter, Instant now) {
        database.sql("INSERT INTO briefing (id, report_id, presenter, started_at) VALUES (:id, :report, :by, :now)")
                .bind("id", id)
                .bind("report", reportId)
                .bind("by", presenter)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public Optional<Briefing> briefing(String id) {
        return database.sql("SELECT id, report_id, presenter, page, started_at, ended_at FROM briefing WHERE id = :id")
                .bind("id", id)
                .map(row -> new Briefing(
                        row.get("id", String.class),
                        row.get("report_id", Long.class),
                        row.get("presenter", String.class),
                        row.get("page", Integer.class),
                        row.get("started_at", Instant.class),
                        row.get("ended_at", Instant.class)))
                .one()
                .as(await::optional);
    }

    public void movePage(String id, int page) {
        database.sql("UPDATE briefing SET page = :page WHERE id = :id")
                .bind("id", id)
                .bind("page", page)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void endBriefing(String id, Instant now) {
        database.sql("UPDATE briefing SET ended_at = :now WHERE id = :id AND ended_at IS NULL")
                .bind("id", id)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void annotate(String briefingId, int page, String text, String authorName, Instant now) {
        database.sql("""
                        INSERT INTO briefing_annotation (briefing_id, page, text, author_name, at)
                        VALUES (:id, :page, :text, :name, :now)""")
                .bind("id", briefingId)
                .bind("page", page)
                .bind("text", text)
                .bind("name", authorName)
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public List<Annotation> annotations(String briefingId) {
        return database.sql("SELECT page, text, author_name, at FROM briefing_annotation WHERE briefing_id = :id "
                        + "ORDER BY id")
                .bind("id", briefingId)
                .map(row -> new Annotation(
                        row.get("page", Integer.class),
                        row.get("text", String.class),
                        row.get("author_name", String.class),
                        row.get("at", Instant.class)))
                .all()
                .as(await::list);
    }

    private List<AttachmentInfo> attachments(long reportId) {
        return database.sql("SELECT id, file_name, file_type, size FROM report_attachment WHERE report_id = :id "
                        + "ORDER BY id")
                .bind("id", reportId)
                .map(row -> new AttachmentInfo(
                        row.get("id", Long.class),
                        row.get("file_name", String.class),
                        row.get("file_type", String.class),
                        row.get("size", Long.class)))
                .all()
                .as(await::list);
    }

    private static Report report(Readable row, List<AttachmentInfo> attachments) {
        return new Report(
                row.get("id", Long.class),
                row.get("title", String.class),
                row.get("body", String.class),
                row.get("department_code", String.class),
                row.get("submitted_by", String.class),
                row.get("submitted_name", String.class),
                row.get("submitted_at", Instant.class),
                row.get("indicator_code", String.class),
                row.get("project_code", String.class),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("read_at", Instant.class),
                attachments);
    }
}
