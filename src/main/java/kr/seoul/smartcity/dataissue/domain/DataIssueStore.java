package kr.seoul.smartcity.dataissue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/** Reports of wrong data and their answers. */
@Repository
public class DataIssueStore {

    private static final String COLUMNS = """
            id, indicator_code, district_code, widget_id, value_seen, seen_as_of, message, reporter_username, receipt,
            department_code, created_at, answer, answered_by, answered_at""";

    private final DatabaseClient database;
    private final DatabaseCalls await;

    DataIssueStore(DatabaseClient database, DatabaseCalls await) {
        this.await = await;
        this.database = database;
    }

    /** Saves a new report and returns it with its id. */
    public DataIssue add(DataIssue issue) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO data_issue (indicator_code, district_code, widget_id, value_seen, seen_as_of, message,
                            reporter_username, receipt, department_code, created_at)
                        VALUES (:indicator, :district, :widget, :value, :seenAsOf, :message, :reporter, :receipt,
                            :department, :createdAt)
                        RETURNING\s""" + COLUMNS)
                .bind("indicator", issue.indicatorCode())
                .bind("message", issue.message())
                .bind("receipt", issue.receipt())
                .bind("department", issue.departmentCode())
                .bind("createdAt", issue.createdAt());
        spec = Bindings.nullable(spec, "district", issue.districtCode());
        spec = Bindings.nullable(spec, "widget", issue.widgetId());
        spec = Bindings.nullable(spec, "value", issue.valueSeen());
        spec = Bindings.nullable(spec, "reporter", issue.reporterUsername());
        spec = issue.seenAsOf() == null
                ? spec.bindNull("seenAsOf", Instant.class)
                : spec.bind("seenAsOf", issue.seenAsOf());
        return spec.map(DataIssueStore::issue).one().as(await::value);
    }

    public Optional<DataIssue> find(long id) {
        return database.sql("SELECT " + COLUMNS + " FROM data_issue WHERE id = :id")
                .bind("id", id)
                .map(DataIssueStore::issue)
                .one()
                .as(await::optional);
    }

    public Optional<DataIssue> byReceipt(String receipt) {
        return database.sql("SELECT " + COLUMNS + " FROM data_issue WHERE receipt = :receipt")
                .bind("receipt", receipt)
                .map(DataIssueStore::issue)
                .one()
                .as(await::optional);
    }

    /**
     * The open reports of a department (every department when {@code department} is {@code null}), newest first,
     * then those answered since {@code answeredSince}, most recently answered first.
     */
    public List<DataIssue> queue(@Nullable String department, Instant answeredSince, int limit) {
        String ofDepartment = department == null ? "" : "department_code = :department AND ";
        DatabaseClient.GenericExecuteSpec spec = database.sql(
                        "SELECT " + COLUMNS + " FROM data_issue WHERE " + ofDepartment + """
                        (answer IS NULL OR answered_at >= :since)
                        ORDER BY (answer IS NULL) DESC, COALESCE(answered_at, created_at) DESC, id DESC
                        LIMIT :limit""")
                .bind("since", answeredSince)
                .bind("limit", limit);
        if (department != null) {
            spec = spec.bind("department", department);
        }
        return spec.map(DataIssueStore::issue).all().as(await::list);
    }

    /**
     * Records the answer to a report that has none yet.
     *
     * @return the answered report, or empty if it is unknown or was answered meanwhile
     */
    public Optional<DataIssue> answer(long id, String answer, String by, Instant at) {
        return database.sql("""
                        UPDATE data_issue SET answer = :answer, answered_by = :by, answered_at = :at
                        WHERE id = :id AND answer IS NULL
                        RETURNING\s""" + COLUMNS)
                .bind("id", id)
                .bind("answer", answer)
                .bind("by", by)
                .bind("at", at)
                .map(DataIssueStore::issue)
                .one()
                .as(await::optional);
    }

    private static DataIssue issue(Readable row) {
        return new DataIssue(
                row.get("id", Long.class),
                row.get("indicator_code", String.class),
                row.get("district_code", String.class),
                row.get("widget_id", String.class),
                row.get("value_seen", String.class),
                row.get("seen_as_of", Instant.class),
                row.get("message", String.class),
                row.get("reporter_username", String.class),
                row.get("receipt", String.class),
                row.get("department_code", String.class),
                row.get("created_at", Instant.class),
                row.get("answer", String.class),
                row.get("answered_by", String.class),
                row.get("answered_at", Instant.class));
    }
}
