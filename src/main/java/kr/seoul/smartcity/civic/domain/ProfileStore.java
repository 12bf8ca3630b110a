package kr.seoul.smartcity.civic.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Seoul's profile (statistics, rankings, foreign media), partner cities and pledges in PostgreSQL. */
@Repository
public class ProfileStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    ProfileStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<CityStatistic> statistics() {
        return database.sql(
                        "SELECT code, name_ko, name_en, value, unit_ko, unit_en, year, source, sort_order, disclosure "
                                + "FROM civic_statistic ORDER BY sort_order, code")
                .map(row -> new CityStatistic(
                        row.get("code", String.class),
                        row.get("name_ko", String.class),
                        row.get("name_en", String.class),
                        row.get("value", BigDecimal.class).doubleValue(),
                        row.get("unit_ko", String.class),
                        row.get("unit_en", String.class),
                        row.get("year", Integer.class),
                        row.get("source", String.class),
                        row.get("sort_order", Integer.class),
                        disclosure(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    public List<GlobalRanking> rankings() {
        return database.sql(
                        "SELECT ranking_ko, ranking_en, publisher, year, rank, out_of, disclosure FROM civic_ranking "
                                + "ORDER BY ranking_en, year")
                .map(row -> new GlobalRanking(
                        row.get("ranking_ko", String.class),
                        row.get("ranking_en", String.class),
                        row.get("publisher", String.class),
                        row.get("year", Integer.class),
                        row.get("rank", Integer.class),
                        row.get("out_of", Integer.class),
                        disclosure(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    public List<MediaReport> media(int limit) {
        return database.sql("SELECT published_on, outlet, country, title, url, tone, disclosure FROM civic_media "
                        + "ORDER BY published_on DESC, id DESC LIMIT :limit")
                .bind("limit", limit)
                .map(row -> new MediaReport(
                        row.get("published_on", LocalDate.class),
                        row.get("outlet", String.class),
                        row.get("country", String.class),
                        row.get("title", String.class),
                        row.get("url", String.class),
                        MediaReport.Tone.valueOf(row.get("tone", String.class)),
                        disclosure(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    public List<PartnerCity> partners() {
        return database.sql("SELECT name_en, name_ko, country_ko, country_en, kind, since_year, latitude, longitude, "
                        + "exports, disclosure FROM civic_partner_city ORDER BY since_year, name_en")
                .map(row -> new PartnerCity(
                        row.get("name_en", String.class),
                        row.get("name_ko", String.class),
                        row.get("country_ko", String.class),
                        row.get("country_en", String.class),
                        PartnerCity.Kind.valueOf(row.get("kind", String.class)),
                        row.get("since_year", Integer.class),
                        row.get("latitude", Double.class),
                        row.get("longitude", Double.class),
                        List.of(row.get("exports", String[].class)),
                        disclosure(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    public List<Pledge> pledges() {
        return database.sql(
                        "SELECT code, title_ko, title_en, sector, department_code, progress, status, district_code, "
                                + "latitude, longitude, disclosure FROM civic_pledge ORDER BY sector, code")
                .map(row -> new Pledge(
                        row.get("code", String.class),
                        row.get("title_ko", String.class),
                        row.get("title_en", String.class),
                        ProjectSector.valueOf(row.get("sector", String.class)),
                        row.get("department_code", String.class),
                        row.get("progress", BigDecimal.class).doubleValue(),
                        Pledge.Status.valueOf(row.get("status", String.class)),
                        row.get("district_code", String.class),
                        row.get("latitude", Double.class),
                        row.get("longitude", Double.class),
                        disclosure(row.get("disclosure", String.class))))
                .all()
                .as(await::list);
    }

    /** Whether any of these figures come from a sample set. */
    public boolean anySample() {
        return Boolean.TRUE.equals(
                database.sql("""
                        SELECT EXISTS (SELECT 1 FROM civic_pledge WHERE sample)
                            OR EXISTS (SELECT 1 FROM civic_statistic WHERE sample) AS s""").map(row -> row.get("s", Boolean.class)).one().as(await::value));
    }

    public long pledgeCount() {
        return database.sql("SELECT count(*) AS n FROM civic_pledge")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    /** Stores a whole profile set in one transaction (added to what is there). */
    public void save(
            List<CityStatistic> statistics,
            List<GlobalRanking> rankings,
            List<MediaReport> media,
            List<PartnerCity> partners,
            List<Pledge> pledges,
            boolean sample) {
        Flux.concat(
                        Flux.fromIterable(statistics)
                                .concatMap(s -> database.sql("""
                                        INSERT INTO civic_statistic (code, name_ko, name_en, value, unit_ko, unit_en, year,
                                            source, sort_order, disclosure, sample)
                                        VALUES (:code, :ko, :en, :value, :unitKo, :unitEn, :year, :source, :sort, :d, :sample)
                                        ON CONFLICT (code) DO NOTHING""")
                                        .bind("code", s.code())
                                        .bind("ko", s.nameKo())
                                        .bind("en", s.nameEn())
                                        .bind("value", BigDecimal.valueOf(s.value()))
                                        .bind("unitKo", s.unitKo())
                                        .bind("unitEn", s.unitEn())
                                        .bind("year", s.year())
                                        .bind("source", s.source())
                                        .bind("sort", s.sortOrder())
                                        .bind("d", s.disclosure().name())
                                        .bind("sample", sample)
                                        .fetch()
                                        .rowsUpdated()),
                        Flux.fromIterable(rankings)
                                .concatMap(r -> database.sql("""
                                        INSERT INTO civic_ranking (ranking_ko, ranking_en, publisher, year, rank, out_of,
                                            disclosure, sample)
                                        VALUES (:ko, :en, :publisher, :year, :rank, :outOf, :d, :sample)
                                        ON CONFLICT (ranking_en, year) DO NOTHING""")
                                        .bind("ko", r.rankingKo())
                                        .bind("en", r.rankingEn())
                                        .bind("publisher", r.publisher())
                                        .bind("year", r.year())
                                        .bind("rank", r.rank())
                                        .bind("outOf", r.outOf())
                                        .bind("d", r.disclosure().name())
                                        .bind("sample", sample)
                                        .fetch()
                                        .rowsUpdated()),
                        Flux.fromIterable(media)
                                .concatMap(m -> database.sql("""
                                        INSERT INTO civic_media (published_on, outlet, country, title, url, tone, disclosure,
                                            sample)
                                        VALUES (:on, :outlet, :country, :title, :url, :tone, :d, :sample)""")
                                        .bind("on", m.publishedOn())
                                        .bind("outlet", m.outlet())
                                        .bind("country", m.country())
                                        .bind("title", m.title())
                                        .bind("url", m.url())
                                        .bind("tone", m.tone().name())
                                        .bind("d", m.disclosure().name())
                                        .bind("sample", sample)
                                        .fetch()
                                        .rowsUpdated()),
                        Flux.fromIterable(partners)
                                .concatMap(p -> database.sql("""
                                        INSERT INTO civic_partner_city (name_en, name_ko, country_ko, country_en, kind,
                                            since_year, latitude, longitude, exports, disclosure, sample)
                                        VALUES (:en, :ko, :countryKo, :countryEn, :kind, :since, :lat, :lon, :exports, :d,
                                            :sample)
                                        ON CONFLICT (name_en) DO NOTHING""")
                                        .bind("en", p.nameEn())
                                        .bind("ko", p.nameKo())
                                        .bind("countryKo", p.countryKo())
                                        .bind("countryEn", p.countryEn())
                                        .bind("kind", p.kind().name())
                                        .bind("since", p.sinceYear())
                                        .bind("lat", p.latitude())
                                        .bind("lon", p.longitude())
                                        .bind("exports", p.exports().toArray(String[]::new))
                                        .bind("d", p.disclosure().name())
                                        .bind("sample", sample)
                                        .fetch()
                                        .rowsUpdated()),
                        Flux.fromIterable(pledges).concatMap(p -> pledge(p, sample)))
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    private Mono<Long> pledge(Pledge p, boolean sample) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO civic_pledge (code, title_ko, title_en, sector, department_code, progress, status,
                            district_code, latitude, longitude, disclosure, sample)
                        VALUES (:code, :ko, :en, :sector, :department, :progress, :status, :district, :lat, :lon, :d,
                            :sample)
                        ON CONFLICT (code) DO NOTHING""")
                .bind("code", p.code())
                .bind("ko", p.titleKo())
                .bind("en", p.titleEn())
                .bind("sector", p.sector().name())
                .bind("department", p.departmentCode())
                .bind("progress", BigDecimal.valueOf(p.progress()))
                .bind("status", p.status().name())
                .bind("d", p.disclosure().name())
                .bind("sample", sample);
        spec = Bindings.nullable(spec, "district", p.districtCode(), String.class);
        spec = Bindings.nullable(spec, "lat", p.latitude(), Double.class);
        spec = Bindings.nullable(spec, "lon", p.longitude(), Double.class);
        return spec.fetch().rowsUpdated();
    }

    private static DisclosureClass disclosure(String name) {
        return DisclosureClass.valueOf(name);
    }
}
