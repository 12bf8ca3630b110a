package kr.seoul.smartcity.civic.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Key city projects with their milestones, progress history and news in PostgreSQL. */
@Repository
public class ProjectStore {

    private static final String COLUMNS = """
            code, name_ko, name_en, outline_ko, outline_en, sector, budget_million, department_code, contact_name,
            contact_phone, district_code, latitude, longitude, archive_tag, disclosure""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ProjectStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<CityProject> all() {
        return database.sql("SELECT " + COLUMNS + " FROM civic_project ORDER BY sector, code")
                .map(ProjectStore::project)
                .all()
                .as(await::list);
    }

    public Optional<CityProject> find(String code) {
        return database.sql("SELECT " + COLUMNS + " FROM civic_project WHERE code = :code")
                .bind("code", code)
                .map(ProjectStore::project)
                .one()
                .as(await::optional);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM civic_project")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    public List<Milestone> milestones(String code) {
        return database.sql("""
                        SELECT project_code, seq, name_ko, name_en, planned_start, planned_end, actual_end
                        FROM civic_milestone WHERE project_code = :code ORDER BY seq""")
                .bind("code", code)
                .map(ProjectStore::milestone)
                .all()
                .as(await::list);
    }

    public List<Milestone> allMilestones() {
        return database.sql("""
                        SELECT project_code, seq, name_ko, name_en, planned_start, planned_end, actual_end
                        FROM civic_milestone ORDER BY project_code, seq""").map(ProjectStore::milestone).all().as(await::list);
    }

    public List<ProgressEntry> progress(String code) {
        return database.sql("SELECT project_code, recorded_on, percent, note FROM civic_project_progress "
                        + "WHERE project_code = :code ORDER BY recorded_on")
                .bind("code", code)
                .map(row -> new ProgressEntry(
                        row.get("project_code", String.class),
                        row.get("recorded_on", LocalDate.class),
                        row.get("percent", BigDecimal.class).doubleValue(),
                        row.get("note", String.class)))
                .all()
                .as(await::list);
    }

    /** The latest reported progress of every project, by code. */
    public java.util.Map<String, Double> latestProgress() {
        java.util.Map<String, Double> latest = new java.util.HashMap<>();
        database.sql("""
                        SELECT DISTINCT ON (project_code) project_code, percent FROM civic_project_progress
                        ORDER BY project_code, recorded_on DESC""")
                .map(row -> java.util.Map.entry(
                        row.get("project_code", String.class),
                        row.get("percent", BigDecimal.class).doubleValue()))
                .all()
                .doOnNext(entry -> latest.put(entry.getKey(), entry.getValue()))
                .then()
                .as(await::value);
        return latest;
    }

    public List<NewsItem> news(String code) {
        return database.sql("SELECT project_code, published_on, outlet, title, url FROM civic_project_news "
                        + "WHERE project_code = :code ORDER BY published_on DESC")
                .bind("code", code)
                .map(row -> new NewsItem(
                        row.get("project_code", String.class),
                        row.get("published_on", LocalDate.class),
                        row.get("outlet", String.class),
                        row.get("title", String.class),
                        row.get("url", String.class)))
                .all()
                .as(await::list);
    }

    /** Stores a project with its milestones, progress and news, replacing what was there, in one transaction. */
    public void save(
            CityProject project,
            List<Milestone> milestones,
            List<ProgressEntry> progress,
            List<NewsItem> news,
            boolean sample) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO civic_project (code, name_ko, name_en, outline_ko, outline_en, sector, budget_million,
                            department_code, contact_name, contact_phone, district_code, latitude, longitude,
                            archive_tag, disclosure, sample)
                        VALUES (:code, :nameKo, :nameEn, :outlineKo, :outlineEn, :sector, :budget, :department,
                            :contactName, :contactPhone, :district, :lat, :lon, :tag, :disclosure, :sample)
                        ON CONFLICT (code) DO UPDATE SET name_ko = EXCLUDED.name_ko, name_en = EXCLUDED.name_en,
                            outline_ko = EXCLUDED.outline_ko, outline_en = EXCLUDED.outline_en,
                            sector = EXCLUDED.sector, budget_million = EXCLUDED.budget_million,
                            department_code = EXCLUDED.department_code, contact_name = EXCLUDED.contact_name,
                            contact_phone = EXCLUDED.contact_phone, district_code = EXCLUDED.district_code,
                            latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                            archive_tag = EXCLUDED.archive_tag, disclosure = EXCLUDED.disclosure,
                            sample = EXCLUDED.sample""")
                .bind("code", project.code())
                .bind("nameKo", project.nameKo())
                .bind("nameEn", project.nameEn())
                .bind("outlineKo", project.outlineKo())
                .bind("outlineEn", project.outlineEn())
                .bind("sector", project.sector().name())
                .bind("budget", project.budgetMillion())
                .bind("department", project.departmentCode())
                .bind("contactName", project.contactName())
                .bind("contactPhone", project.contactPhone())
                .bind("disclosure", project.disclosure().name())
                .bind("sample", sample);
        spec = Bindings.nullable(spec, "district", project.districtCode(), String.class);
        spec = Bindings.nullable(spec, "lat", project.latitude(), Double.class);
        spec = Bindings.nullable(spec, "lon", project.longitude(), Double.class);
        spec = Bindings.nullable(spec, "tag", project.archiveTag(), String.class);
        String code = project.code();
        spec.fetch()
                .rowsUpdated()
                .then(database.sql("DELETE FROM civic_milestone WHERE project_code = :code")
                        .bind("code", code)
                        .fetch()
                        .rowsUpdated())
                .then(database.sql("DELETE FROM civic_project_progress WHERE project_code = :code")
                        .bind("code", code)
                        .fetch()
                        .rowsUpdated())
                .then(database.sql("DELETE FROM civic_project_news WHERE project_code = :code")
                        .bind("code", code)
                        .fetch()
                        .rowsUpdated())
                .thenMany(Flux.fromIterable(milestones).concatMap(this::insert))
                .thenMany(Flux.fromIterable(progress).concatMap(this::insert))
                .thenMany(Flux.fromIterable(news).concatMap(this::insert))
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Records that a milestone was finished on a day; false if there is no such milestone. */
    public boolean finish(String code, int seq, LocalDate on) {
        return database.sql("UPDATE civic_milestone SET actual_end = :on WHERE project_code = :code AND seq = :seq")
                        .bind("on", on)
                        .bind("code", code)
                        .bind("seq", seq)
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    private Mono<Long> insert(Milestone m) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO civic_milestone (project_code, seq, name_ko, name_en, planned_start, planned_end,
                                                     actual_end)
                        VALUES (:code, :seq, :nameKo, :nameEn, :start, :end, :actualEnd)""")
                .bind("code", m.projectCode())
                .bind("seq", m.seq())
                .bind("nameKo", m.nameKo())
                .bind("nameEn", m.nameEn())
                .bind("start", m.plannedStart())
                .bind("end", m.plannedEnd());
        return Bindings.nullable(spec, "actualEnd", m.actualEnd(), LocalDate.class)
                .fetch()
                .rowsUpdated();
    }

    private Mono<Long> insert(ProgressEntry p) {
        return database.sql("INSERT INTO civic_project_progress (project_code, recorded_on, percent, note) "
                        + "VALUES (:code, :on, :percent, :note)")
                .bind("code", p.projectCode())
                .bind("on", p.recordedOn())
                .bind("percent", BigDecimal.valueOf(p.percent()))
                .bind("note", p.note())
                .fetch()
                .rowsUpdated();
    }

    private Mono<Long> insert(NewsItem n) {
        return database.sql("INSERT INTO civic_project_news (project_code, published_on, outlet, title, url) "
                        + "VALUES (:code, :on, :outlet, :title, :url)")
                .bind("code", n.projectCode())
                .bind("on", n.publishedOn())
                .bind("outlet", n.outlet())
                .bind("title", n.title())
                .bind("url", n.url())
                .fetch()
                .rowsUpdated();
    }

    private static CityProject project(Readable row) {
        return new CityProject(
                row.get("code", String.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("outline_ko", String.class),
                row.get("outline_en", String.class),
                ProjectSector.valueOf(row.get("sector", String.class)),
                row.get("budget_million", Long.class),
                row.get("department_code", String.class),
                row.get("contact_name", String.class),
                row.get("contact_phone", String.class),
                row.get("district_code", String.class),
                row.get("latitude", Double.class),
                row.get("longitude", Double.class),
                row.get("archive_tag", String.class),
                DisclosureClass.valueOf(row.get("disclosure", String.class)));
    }

    private static Milestone milestone(Readable row) {
        return new Milestone(
                row.get("project_code", String.class),
                row.get("seq", Integer.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("planned_start", LocalDate.class),
                row.get("planned_end", LocalDate.class),
                row.get("actual_end", LocalDate.class));
    }
}
