package kr.seoul.smartcity.dashboard.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Dashboards and their versions. A save is optimistic: it applies only to the version it was read at. */
@Repository
public class DashboardStore {

    private static final String COLUMNS = """
            slug, name_ko, name_en, perspective, department_code, owner, open_to_public, rotate_seconds,
            layout::text AS layout, version, updated_by, updated_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final DatabaseCalls await;

    DashboardStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<Dashboard> all() {
        return database.sql("SELECT " + COLUMNS + " FROM dashboard ORDER BY perspective, slug")
                .map(this::dashboard)
                .all()
                .as(await::list);
    }

    public Optional<Dashboard> find(String slug) {
        return database.sql("SELECT " + COLUMNS + " FROM dashboard WHERE slug = :slug")
                .bind("slug", slug)
                .map(this::dashboard)
                .one()
                .as(await::optional);
    }

    public Optional<Dashboard> personal(String owner) {
        return database.sql("SELECT " + COLUMNS + " FROM dashboard WHERE perspective = 'PERSONAL' AND owner = :owner")
                .bind("owner", owner)
                .map(this::dashboard)
                .one()
                .as(await::optional);
    }

    /** The dashboard that holds a widget, found by the widget's id. */
    public Optional<Dashboard> holding(String widgetId) {
        return database.sql("SELECT " + COLUMNS + " " + """
                        FROM dashboard WHERE jsonb_path_exists(layout, '$.pages[*].widgets[*] ? (@.id == $id)',
                             jsonb_build_object('id', CAST(:id AS text)))""")
                .bind("id", widgetId)
                .map(this::dashboard)
                .all()
                .next()
                .as(await::optional);
    }

    /** Whether a widget id is used on a dashboard other than this one. */
    public boolean widgetIdUsedElsewhere(String widgetId, String slug) {
        return holding(widgetId).filter(other -> !other.slug().equals(slug)).isPresent();
    }

    /**
     * Saves a new dashboard (version 0 → 1) or a change to one read at its current version, with a version row, in
     * one transaction.
     *
     * @return the saved dashboard, or empty if someone else saved it in the meantime (or the slug is taken)
     */
    public Optional<Dashboard> save(Dashboard dashboard, String by, Instant at, @Nullable String note) {
        boolean created = dashboard.version() == 0;
        Dashboard saved = new Dashboard(
                dashboard.slug(),
                dashboard.nameKo(),
                dashboard.nameEn(),
                dashboard.perspective(),
                dashboard.departmentCode(),
                dashboard.owner(),
                dashboard.openToPublic(),
                dashboard.rotateSeconds(),
                dashboard.layout(),
                dashboard.version() + 1,
                by,
                at);
        DatabaseClient.GenericExecuteSpec write =
                created ? database.sql("""
                        INSERT INTO dashboard (slug, name_ko, name_en, perspective, department_code, owner,
                            open_to_public, rotate_seconds, layout, version, updated_by, updated_at)
                        VALUES (:slug, :nameKo, :nameEn, :perspective, :department, :owner, :open, :rotate,
                            CAST(:layout AS jsonb), 1, :by, :at)
                        ON CONFLICT DO NOTHING""") : database.sql("""
                        UPDATE dashboard SET name_ko = :nameKo, name_en = :nameEn, perspective = :perspective,
                            department_code = :department, owner = :owner, open_to_public = :open,
                            rotate_seconds = :rotate, layout = CAST(:layout AS jsonb), version = version + 1,
                            updated_by = :by, updated_at = :at
                        WHERE slug = :slug AND version = :version""").bind("version", dashboard.version());
        Boolean done = bind(write, saved)
                .fetch()
                .rowsUpdated()
                .flatMap(rows -> rows == 0
                        ? Mono.just(false)
                        : database.sql("""
                                INSERT INTO dashboard_version (slug, version, changed_by, changed_at, note, definition)
                                VALUES (:slug, :version, :by, :at, :note, CAST(:definition AS jsonb))""")
                                .bind("slug", saved.slug())
                                .bind("version", saved.version())
                                .bind("by", by)
                                .bind("at", at)
                                .bind("note", note == null ? "" : note)
                                .bind("definition", json.writeValueAsString(DashboardVersion.Definition.of(saved)))
                                .fetch()
                                .rowsUpdated()
                                .thenReturn(true))
                .as(transaction::transactional)
                .as(await::value);
        return Boolean.TRUE.equals(done) ? Optional.of(saved) : Optional.empty();
    }

    public boolean delete(String slug) {
        Long rows = database.sql("DELETE FROM dashboard WHERE slug = :slug")
                .bind("slug", slug)
                .fetch()
                .rowsUpdated()
                .as(await::value);
        return rows != null && rows > 0;
    }

    /** The versions of a dashboard, newest first. */
    public List<DashboardVersion> versions(String slug) {
        return database.sql("""
                        SELECT slug, version, changed_by, changed_at, note, definition::text AS definition
                        FROM dashboard_version WHERE slug = :slug ORDER BY version DESC LIMIT 100""")
                .bind("slug", slug)
                .map(row -> new DashboardVersion(
                        row.get("slug", String.class),
                        row.get("version", Integer.class),
                        row.get("changed_by", String.class),
                        row.get("changed_at", Instant.class),
                        row.get("note", String.class),
                        definition(row.get("definition", String.class))))
                .all()
                .as(await::list);
    }

    private DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Dashboard dashboard) {
        spec = spec.bind("slug", dashboard.slug())
                .bind("nameKo", dashboard.nameKo())
                .bind("nameEn", dashboard.nameEn())
                .bind("perspective", dashboard.perspective().name())
                .bind("open", dashboard.openToPublic())
                .bind("layout", json.writeValueAsString(dashboard.layout()))
                .bind("by", dashboard.updatedBy())
                .bind("at", dashboard.updatedAt());
        spec = dashboard.departmentCode() == null
                ? spec.bindNull("department", String.class)
                : spec.bind("department", dashboard.departmentCode());
        spec = dashboard.owner() == null ? spec.bindNull("owner", String.class) : spec.bind("owner", dashboard.owner());
        return dashboard.rotateSeconds() == null
                ? spec.bindNull("rotate", Integer.class)
                : spec.bind("rotate", dashboard.rotateSeconds());
    }

    private Dashboard dashboard(Readable row) {
        return new Dashboard(
                row.get("slug", String.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                Perspective.valueOf(row.get("perspective", String.class)),
                row.get("department_code", String.class),
                row.get("owner", String.class),
                Boolean.TRUE.equals(row.get("open_to_public", Boolean.class)),
                row.get("rotate_seconds", Integer.class),
                json.readValue(row.get("layout", String.class), Layout.class),
                row.get("version", Integer.class),
                row.get("updated_by", String.class),
                row.get("updated_at", Instant.class));
    }

    private DashboardVersion.Definition definition(String text) {
        return json.readValue(text, DashboardVersion.Definition.class);
    }
}
