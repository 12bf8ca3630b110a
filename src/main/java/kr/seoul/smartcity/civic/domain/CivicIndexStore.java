package kr.seoul.smartcity.civic.domain;

import java.math.BigDecimal;
import java.time.Instant;
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

/** Civic-affairs indices and their yearly values in PostgreSQL. */
@Repository
public class CivicIndexStore {

    private static final String INDEX_COLUMNS = """
            code, theme, name_ko, name_en, definition_ko, definition_en, unit, department_code, direction, per_district,
            disclosure, sort_order""";
    private static final String VALUE_COLUMNS = """
            index_code, year, district_code, target, actual, state, entered_by, entered_at, confirmed_by, confirmed_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    CivicIndexStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public List<CivicIndex> all() {
        return database.sql("SELECT " + INDEX_COLUMNS + " FROM civic_index ORDER BY theme, sort_order, code")
                .map(CivicIndexStore::index)
                .all()
                .as(await::list);
    }

    public Optional<CivicIndex> find(String code) {
        return database.sql("SELECT " + INDEX_COLUMNS + " FROM civic_index WHERE code = :code")
                .bind("code", code)
                .map(CivicIndexStore::index)
                .one()
                .as(await::optional);
    }

    public long count() {
        return database.sql("SELECT count(*) AS n FROM civic_index")
                .map(row -> row.get("n", Long.class))
                .one()
                .as(await::value);
    }

    /** Whether any index comes from a sample set. */
    public boolean anySample() {
        return Boolean.TRUE.equals(database.sql("SELECT EXISTS (SELECT 1 FROM civic_index WHERE sample) AS s")
                .map(row -> row.get("s", Boolean.class))
                .one()
                .as(await::value));
    }

    /** Adds or replaces an index's definition. */
    public void save(CivicIndex index, boolean sample) {
        database.sql("""
                        INSERT INTO civic_index (code, theme, name_ko, name_en, definition_ko, definition_en, unit,
                                                 department_code, direction, per_district, disclosure, sort_order, sample)
                        VALUES (:code, :theme, :nameKo, :nameEn, :defKo, :defEn, :unit, :department, :direction,
                                :perDistrict, :disclosure, :sortOrder, :sample)
                        ON CONFLICT (code) DO UPDATE SET theme = EXCLUDED.theme, name_ko = EXCLUDED.name_ko,
                            name_en = EXCLUDED.name_en, definition_ko = EXCLUDED.definition_ko,
                            definition_en = EXCLUDED.definition_en, unit = EXCLUDED.unit,
                            department_code = EXCLUDED.department_code, direction = EXCLUDED.direction,
                            per_district = EXCLUDED.per_district, disclosure = EXCLUDED.disclosure,
                            sort_order = EXCLUDED.sort_order, sample = EXCLUDED.sample""")
                .bind("code", index.code())
                .bind("theme", index.theme().name())
                .bind("nameKo", index.nameKo())
                .bind("nameEn", index.nameEn())
                .bind("defKo", index.definitionKo())
                .bind("defEn", index.definitionEn())
                .bind("unit", index.unit())
                .bind("department", index.departmentCode())
                .bind("direction", index.direction().name())
                .bind("perDistrict", index.perDistrict())
                .bind("disclosure", index.disclosure().name())
                .bind("sortOrder", index.sortOrder())
                .bind("sample", sample)
                .fetch()
                .rowsUpdated()
                .as(await::value);
    }

    /** Every value of an index, by year then district. */
    public List<IndexValue> values(String code) {
        return database.sql("SELECT " + VALUE_COLUMNS + " FROM civic_index_value WHERE index_code = :code "
                        + "ORDER BY year, district_code")
                .bind("code", code)
                .map(CivicIndexStore::value)
                .all()
                .as(await::list);
    }

    /** The city-wide values of every index for one year. */
    public List<IndexValue> cityValues(int year) {
        return database.sql("SELECT " + VALUE_COLUMNS + " FROM civic_index_value WHERE year = :year "
                        + "AND district_code = ''")
                .bind("year", year)
                .map(CivicIndexStore::value)
                .all()
                .as(await::list);
    }

    /** The latest year with a city-wide value of any index, if there is one. */
    public Optional<Integer> latestYear() {
        return database.sql(
                        "SELECT max(year) AS y FROM civic_index_value WHERE actual IS NOT NULL AND district_code = ''")
                .map(row -> Optional.ofNullable(row.get("y", Integer.class)))
                .one()
                .as(await::value);
    }

    public Optional<IndexValue> value(String code, int year, String district) {
        return database.sql("SELECT " + VALUE_COLUMNS + " FROM civic_index_value WHERE index_code = :code "
                        + "AND year = :year AND district_code = :district")
                .bind("code", code)
                .bind("year", year)
                .bind("district", district)
                .map(CivicIndexStore::value)
                .one()
                .as(await::optional);
    }

    /** Writes values, all or none. */
    public void saveAll(List<IndexValue> values) {
        Flux.fromIterable(values)
                .concatMap(this::upsert)
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    /** Confirms an entered value; false if there is no entered value to confirm. */
    public boolean confirm(String code, int year, String district, String who, Instant at) {
        return database.sql("""
                        UPDATE civic_index_value SET state = 'CONFIRMED', confirmed_by = :who, confirmed_at = :at
                        WHERE index_code = :code AND year = :year AND district_code = :district AND state = 'ENTERED'""")
                        .bind("code", code)
                        .bind("year", year)
                        .bind("district", district)
                        .bind("who", who)
                        .bind("at", at)
                        .fetch()
                        .rowsUpdated()
                        .as(await::value)
                > 0;
    }

    private Mono<Long> upsert(IndexValue value) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                INSERT INTO civic_index_value (index_code, year, district_code, target, actual, state, entered_by,
                                               entered_at, confirmed_by, confirmed_at)
                VALUES (:code, :year, :district, :target, :actual, :state, :enteredBy, :enteredAt, :confirmedBy,
                        :confirmedAt)
                ON CONFLICT (index_code, year, district_code) DO UPDATE SET target = EXCLUDED.target,
                    actual = EXCLUDED.actual, state = EXCLUDED.state, entered_by = EXCLUDED.entered_by,
                    entered_at = EXCLUDED.entered_at, confirmed_by = EXCLUDED.confirmed_by,
                    confirmed_at = EXCLUDED.confirmed_at""")
                .bind("code", value.indexCode())
                .bind("year", value.year())
                .bind("district", value.districtCode())
                .bind("state", value.state().name());
        spec = Bindings.nullable(
                spec, "target", value.target() == null ? null : BigDecimal.valueOf(value.target()), BigDecimal.class);
        spec = Bindings.nullable(
                spec, "actual", value.actual() == null ? null : BigDecimal.valueOf(value.actual()), BigDecimal.class);
        spec = Bindings.nullable(spec, "enteredBy", value.enteredBy(), String.class);
        spec = Bindings.nullable(spec, "enteredAt", value.enteredAt(), Instant.class);
        spec = Bindings.nullable(spec, "confirmedBy", value.confirmedBy(), String.class);
        spec = Bindings.nullable(spec, "confirmedAt", value.confirmedAt(), Instant.class);
        return spec.fetch().rowsUpdated();
    }

    private static CivicIndex index(Readable row) {
        return new CivicIndex(
                row.get("code", String.class),
                CivicTheme.valueOf(row.get("theme", String.class)),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("definition_ko", String.class),
                row.get("definition_en", String.class),
                row.get("unit", String.class),
                row.get("department_code", String.class),
                Direction.valueOf(row.get("direction", String.class)),
                Boolean.TRUE.equals(row.get("per_district", Boolean.class)),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("sort_order", Integer.class));
    }

    private static IndexValue value(Readable row) {
        BigDecimal target = row.get("target", BigDecimal.class);
        BigDecimal actual = row.get("actual", BigDecimal.class);
        return new IndexValue(
                row.get("index_code", String.class),
                row.get("year", Integer.class),
                row.get("district_code", String.class),
                target == null ? null : target.doubleValue(),
                actual == null ? null : actual.doubleValue(),
                ValueState.valueOf(row.get("state", String.class)),
                row.get("entered_by", String.class),
                row.get("entered_at", Instant.class),
                row.get("confirmed_by", String.class),
                row.get("confirmed_at", Instant.class));
    }
}
