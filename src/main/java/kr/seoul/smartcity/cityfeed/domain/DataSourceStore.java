package kr.seoul.smartcity.cityfeed.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declared sources, their versions, their runs, and the lease that lets one instance fetch a source at a time.
 */
@Repository
public class DataSourceStore {

    private static final String COLUMNS = """
            name, kind, request::text AS request, mapping::text AS mapping, every_minutes, credential, enabled,
            owning_department, description, version, updated_by, updated_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final DatabaseCalls await;

    DataSourceStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<DataSource> all() {
        return database.sql("SELECT " + COLUMNS + " FROM data_source ORDER BY name")
                .map(this::source)
                .all()
                .as(await::list);
    }

    public Optional<DataSource> find(String name) {
        return database.sql("SELECT " + COLUMNS + " FROM data_source WHERE name = :name")
                .bind("name", name)
                .map(this::source)
                .one()
                .as(await::optional);
    }

    /**
     * Saves a new declaration (version 1) or a change to one (the version it was read at must still be the stored
     * one), with its version row, in one transaction.
     *
     * @return the saved declaration, or empty if someone else changed it in the meantime
     */
    public Optional<DataSource> save(DataSource source, String by, Instant at) {
        boolean created = source.version() == 0;
        Mono<Long> write = created
                ? bindAll(database.sql("""
                        INSERT INTO data_source (name, kind, request, mapping, every_minutes, credential, enabled,
                            owning_department, description, version, updated_by, updated_at, next_run_at)
                        VALUES (:name, :kind, CAST(:request AS jsonb), CAST(:mapping AS jsonb), :every, :credential,
                            :enabled, :department, :description, 1, :by, :at, :at)
                        ON CONFLICT (name) DO NOTHING"""), source, by, at).fetch().rowsUpdated()
                : bindAll(database.sql("""
                        UPDATE data_source SET kind = :kind, request = CAST(:request AS jsonb),
                            mapping = CAST(:mapping AS jsonb), every_minutes = :every, credential = :credential,
                            enabled = :enabled, owning_department = :department, description = :description,
                            version = version + 1, updated_by = :by, updated_at = :at, next_run_at = :at
                        WHERE name = :name AND version = :version"""), source, by, at)
                        .bind("version", source.version())
                        .fetch()
                        .rowsUpdated();
        int version = created ? 1 : source.version() + 1;
        DataSource saved = new DataSource(
                source.name(),
                source.kind(),
                source.request(),
                source.mapping(),
                source.everyMinutes(),
                source.credential(),
                source.enabled(),
                source.owningDepartment(),
                source.description(),
                version,
                by,
                at);
        Boolean done = write.flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : version(saved, created ? "CREATED" : "UPDATED", by, at)
                                .thenReturn(true))
                .as(transaction::transactional)
                .as(await::value);
        return Boolean.TRUE.equals(done) ? Optional.of(saved) : Optional.empty();
    }

    /** Removes a declaration; its versions and runs stay. */
    public boolean delete(DataSource source, String by, Instant at) {
        Boolean done = database.sql("DELETE FROM data_source WHERE name = :name")
                .bind("name", source.name())
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : version(
                                        new DataSource(
                                                source.name(),
                                                source.kind(),
                                                source.request(),
                                                source.mapping(),
                                                source.everyMinutes(),
                                                source.credential(),
                                                false,
                                                source.owningDepartment(),
                                                source.description(),
                                                source.version() + 1,
                                                by,
                                                at),
                                        "DELETED",
                                        by,
                                        at)
                                .thenReturn(true))
                .as(transaction::transactional)
                .as(await::value);
        return Boolean.TRUE.equals(done);
    }

    public List<SourceVersion> versions(String name) {
        return database.sql("""
                        SELECT name, version, changed_by, changed_at, change, definition::text AS definition
                        FROM data_source_version WHERE name = :name ORDER BY version DESC""")
                .bind("name", name)
                .map(row -> new SourceVersion(
                        row.get("name", String.class),
                        row.get("version", Integer.class),
                        row.get("changed_by", String.class),
                        row.get("changed_at", Instant.class),
                        row.get("change", String.class),
                        row.get("definition", String.class)))
                .all()
                .as(await::list);
    }

    private Mono<Long> version(DataSource source, String change, String by, Instant at) {
        return database.sql("""
                        INSERT INTO data_source_version (name, version, changed_by, changed_at, change, definition)
                        VALUES (:name, :version, :by, :at, :change, CAST(:definition AS jsonb))""")
                .bind("name", source.name())
                .bind("version", source.version())
                .bind("by", by)
                .bind("at", at)
                .bind("change", change)
                .bind("definition", json.writeValueAsString(source))
                .fetch()
                .rowsUpdated();
    }

    /**
     * Claims one due source among {@code names} for this instance: it is then not due again for its period, and no
     * other instance claims it while the lease lasts.
     */
    public Optional<String> claimDue(Collection<String> names, String instance, Duration lease) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return database.sql("""
                        UPDATE data_source SET next_run_at = now() + make_interval(mins => every_minutes),
                            lease_holder = :instance, lease_until = now() + make_interval(secs => :lease)
                        WHERE name = (SELECT name FROM data_source
                                      WHERE enabled AND kind <> 'DIRECT_ENTRY' AND name IN (:names)
                                        AND next_run_at <= now() AND (lease_until IS NULL OR lease_until < now())
                                      ORDER BY next_run_at LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING name""")
                .bind("instance", instance)
                .bind("lease", (double) lease.toSeconds())
                .bind("names", List.copyOf(names))
                .map(row -> row.get("name", String.class))
                .one()
                .as(await::optional);
    }

    /** Claims a source now, whether it is due or not, unless another instance is running it. */
    public boolean claimNow(String name, String instance, Duration lease) {
        Long rows = database.sql("""
                        UPDATE data_source SET next_run_at = now() + make_interval(mins => every_minutes),
                            lease_holder = :instance, lease_until = now() + make_interval(secs => :lease)
                        WHERE name = :name AND (lease_until IS NULL OR lease_until < now() OR lease_holder = :instance)""")
                .bind("name", name)
                .bind("instance", instance)
                .bind("lease", (double) lease.toSeconds())
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return rows != null && rows > 0;
    }

    public void release(String name, String instance) {
        database.sql(
                        "UPDATE data_source SET lease_holder = NULL, lease_until = NULL WHERE name = :name AND lease_holder = :instance")
                .bind("name", name)
                .bind("instance", instance)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    public void recordRun(SourceRun run) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO source_run (source, instance, started_at, finished_at, ok, rows_read, observations,
                            rejected, error)
                        VALUES (:source, :instance, :started, :finished, :ok, :rows, :observations, :rejected, :error)""")
                .bind("source", run.source())
                .bind("instance", run.instance())
                .bind("started", run.startedAt())
                .bind("finished", run.finishedAt())
                .bind("ok", run.ok())
                .bind("rows", run.rowsRead())
                .bind("observations", run.observations())
                .bind("rejected", run.rejected());
        spec = run.error() == null
                ? spec.bindNull("error", String.class)
                : spec.bind("error", run.error().length() > 1000 ? run.error().substring(0, 999) + "…" : run.error());
        spec.fetch().rowsUpdated().as(await::value);
    }

    public List<SourceRun> runs(String source, int limit) {
        return database.sql("""
                        SELECT source, instance, started_at, finished_at, ok, rows_read, observations, rejected, error
                        FROM source_run WHERE source = :source ORDER BY started_at DESC LIMIT :limit""")
                .bind("source", source)
                .bind("limit", limit)
                .map(row -> new SourceRun(
                        row.get("source", String.class),
                        row.get("instance", String.class),
                        row.get("started_at", Instant.class),
                        row.get("finished_at", Instant.class),
                        Boolean.TRUE.equals(row.get("ok", Boolean.class)),
                        row.get("rows_read", Integer.class),
                        row.get("observations", Integer.class),
                        row.get("rejected", Integer.class),
                        row.get("error", String.class)))
                .all()
                .as(await::list);
    }

    /** Keeps the newest runs of each source, to bound the log. */
    public long trimRuns(int keepPerSource) {
        Long rows = database.sql("""
                        DELETE FROM source_run r USING (
                            SELECT id, row_number() OVER (PARTITION BY source ORDER BY started_at DESC) AS n FROM source_run
                        ) ranked WHERE r.id = ranked.id AND ranked.n > :keep""")
                .bind("keep", keepPerSource)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return rows == null ? 0 : rows;
    }

    private DatabaseClient.GenericExecuteSpec bindAll(
            DatabaseClient.GenericExecuteSpec spec, DataSource source, String by, Instant at) {
        spec = spec.bind("name", source.name())
                .bind("kind", source.kind().name())
                .bind("request", json.writeValueAsString(source.request()))
                .bind("mapping", json.writeValueAsString(source.mapping()))
                .bind("every", source.everyMinutes())
                .bind("enabled", source.enabled())
                .bind("department", source.owningDepartment())
                .bind("by", by)
                .bind("at", at);
        spec = bindNullable(spec, "credential", source.credential());
        return bindNullable(spec, "description", source.description());
    }

    private static DatabaseClient.GenericExecuteSpec bindNullable(
            DatabaseClient.GenericExecuteSpec spec, String name, @Nullable String value) {
        return Bindings.nullable(spec, name, value == null || value.isBlank() ? null : value.strip());
    }

    private DataSource source(Readable row) {
        return new DataSource(
                row.get("name", String.class),
                SourceKind.valueOf(row.get("kind", String.class)),
                json.readValue(row.get("request", String.class), SourceRequest.class),
                json.readValue(row.get("mapping", String.class), SourceMapping.class),
                row.get("every_minutes", Integer.class),
                row.get("credential", String.class),
                Boolean.TRUE.equals(row.get("enabled", Boolean.class)),
                row.get("owning_department", String.class),
                row.get("description", String.class),
                row.get("version", Integer.class),
                row.get("updated_by", String.class),
                row.get("updated_at", Instant.class));
    }

    /** A saved version of a declaration, as JSON. */
    public record SourceVersion(
            String name, int version, String changedBy, Instant changedAt, String change, String definition) {}
}
