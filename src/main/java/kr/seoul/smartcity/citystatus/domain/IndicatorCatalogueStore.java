package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indicator catalogue in PostgreSQL: every indicator with its metadata, retired ones included, and the history
 * of their changes. A change is written with its history rows in one transaction, and only onto the version it was
 * made from, so that two people editing at once do not overwrite each other unseen.
 */
@Repository
public class IndicatorCatalogueStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, @Nullable String>> SNAPSHOT = new TypeReference<>() {};
    private static final String COLUMNS = """
            code, name_ko, name_en, unit, area, source, update_minutes, disclosure, owning_department, per_district,
            higher_is_worse, warn_at, danger_at, decimals::int AS decimals, sort_order, summary_ko, summary_en,
            description_ko, description_en, use_case_ko, use_case_en, source_system, dataset_url, contributors,
            time_range, licence, retired, pending_disclosure, pending_by, pending_at, version, updated_by,
            updated_at""";

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    IndicatorCatalogueStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** Every indicator, retired ones too, in display order. */
    public List<CatalogueEntry> entries() {
        return database.sql("SELECT " + COLUMNS + " FROM indicator ORDER BY sort_order, code")
                .map(IndicatorCatalogueStore::entry)
                .all()
                .as(await::list);
    }

    public Optional<CatalogueEntry> find(String code) {
        return database.sql("SELECT " + COLUMNS + " FROM indicator WHERE code = :code")
                .bind("code", code)
                .map(IndicatorCatalogueStore::entry)
                .one()
                .as(await::optional);
    }

    /** Adds an indicator with its first history rows; false if its code is taken. */
    public boolean create(CatalogueEntry entry, List<IndicatorChange> changes) {
        String sql = """
                INSERT INTO indicator (code, name_ko, name_en, unit, area, source, update_minutes, disclosure,
                    owning_department, per_district, higher_is_worse, warn_at, danger_at, decimals, sort_order,
                    summary_ko, summary_en, description_ko, description_en, use_case_ko, use_case_en, source_system,
                    dataset_url, contributors, time_range, licence, retired, pending_disclosure, pending_by, pending_at,
                    version, updated_by, updated_at)
                VALUES (:code, :nameKo, :nameEn, :unit, :area, :source, :updateMinutes, :disclosure,
                    :owningDepartment, :perDistrict, :higherIsWorse, :warnAt, :dangerAt, :decimals, :sortOrder,
                    :summaryKo, :summaryEn, :descriptionKo, :descriptionEn, :useCaseKo, :useCaseEn, :sourceSystem,
                    :datasetUrl, :contributors, :timeRange, :licence, FALSE, :pendingDisclosure, :pendingBy, :pendingAt,
                    :version, :updatedBy, :updatedAt)
                ON CONFLICT (code) DO NOTHING""";
        return Boolean.TRUE.equals(bindEntry(database.sql(sql), entry)
                .fetch()
                .rowsUpdated()
                .flatMap(rows ->
                        rows == 0 ? Mono.just(false) : appendAll(changes).thenReturn(true))
                .as(transaction::transactional)
                .as(await::value));
    }

    /**
     * Writes an indicator as it now is, with the history rows of the change, if it is still at
     * {@code expectedVersion}; false if someone changed it meanwhile (nothing is written then).
     */
    public boolean update(CatalogueEntry entry, int expectedVersion, List<IndicatorChange> changes) {
        String sql = """
                UPDATE indicator SET name_ko = :nameKo, name_en = :nameEn, unit = :unit, area = :area, source = :source,
                    update_minutes = :updateMinutes, disclosure = :disclosure, owning_department = :owningDepartment,
                    per_district = :perDistrict, higher_is_worse = :higherIsWorse, warn_at = :warnAt,
                    danger_at = :dangerAt, decimals = :decimals, sort_order = :sortOrder, summary_ko = :summaryKo,
                    summary_en = :summaryEn, description_ko = :descriptionKo, description_en = :descriptionEn,
                    use_case_ko = :useCaseKo, use_case_en = :useCaseEn, source_system = :sourceSystem,
                    dataset_url = :datasetUrl, contributors = :contributors, time_range = :timeRange,
                    licence = :licence, retired = :retired,
                    retired_at = CASE WHEN :retired THEN coalesce(retired_at, :updatedAt) END,
                    retired_by = CASE WHEN :retired THEN coalesce(retired_by, :updatedBy) END,
                    pending_disclosure = :pendingDisclosure, pending_by = :pendingBy, pending_at = :pendingAt,
                    version = :version, updated_by = :updatedBy, updated_at = :updatedAt
                WHERE code = :code AND version = :expectedVersion""";
        DatabaseClient.GenericExecuteSpec spec = bindEntry(database.sql(sql), entry)
                .bind("retired", entry.retired())
                .bind("expectedVersion", expectedVersion);
        return Boolean.TRUE.equals(spec.fetch()
                .rowsUpdated()
                .flatMap(rows ->
                        rows == 0 ? Mono.just(false) : appendAll(changes).thenReturn(true))
                .as(transaction::transactional)
                .as(await::value));
    }

    /** The changes of an indicator, newest first. */
    public List<IndicatorChange> history(String code) {
        return database.sql("""
                        SELECT id, indicator_code, version, kind, changed_by, changed_at, before, after
                        FROM indicator_change WHERE indicator_code = :code ORDER BY version DESC, id DESC""")
                .bind("code", code)
                .map(IndicatorCatalogueStore::change)
                .all()
                .as(await::list);
    }

    private Mono<Void> appendAll(List<IndicatorChange> changes) {
        return Flux.fromIterable(changes).concatMap(this::append).then();
    }

    private Mono<Long> append(IndicatorChange change) {
        DatabaseClient.GenericExecuteSpec spec = database.sql("""
                        INSERT INTO indicator_change (indicator_code, version, kind, changed_by, changed_at, before, after)
                        VALUES (:code, :version, :kind, :changedBy, :changedAt, :before, :after)""")
                .bind("code", change.indicatorCode())
                .bind("version", change.version())
                .bind("kind", change.kind().name())
                .bind("changedBy", change.changedBy())
                .bind("changedAt", change.changedAt());
        spec = change.before().isEmpty()
                ? spec.bindNull("before", Json.class)
                : spec.bind("before", Json.of(JSON.writeValueAsString(change.before())));
        spec = change.after().isEmpty()
                ? spec.bindNull("after", Json.class)
                : spec.bind("after", Json.of(JSON.writeValueAsString(change.after())));
        return spec.fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bindEntry(
            DatabaseClient.GenericExecuteSpec spec, CatalogueEntry entry) {
        Indicator i = entry.indicator();
        IndicatorMetadata m = entry.metadata();
        PendingDisclosure pending = entry.pending();
        spec = spec.bind("code", i.code())
                .bind("nameKo", i.nameKo())
                .bind("nameEn", i.nameEn())
                .bind("unit", i.unit())
                .bind("area", i.area())
                .bind("source", i.source())
                .bind("updateMinutes", i.updateMinutes())
                .bind("disclosure", i.disclosure().name())
                .bind("owningDepartment", i.owningDepartment())
                .bind("perDistrict", i.perDistrict())
                .bind("higherIsWorse", i.higherIsWorse())
                .bind("decimals", (short) i.decimals())
                .bind("sortOrder", i.sortOrder())
                .bind("version", entry.version())
                .bind("updatedAt", entry.updatedAt());
        spec = Bindings.nullable(spec, "warnAt", i.warnAt(), Double.class);
        spec = Bindings.nullable(spec, "dangerAt", i.dangerAt(), Double.class);
        spec = Bindings.nullable(spec, "summaryKo", m.summaryKo(), String.class);
        spec = Bindings.nullable(spec, "summaryEn", m.summaryEn(), String.class);
        spec = Bindings.nullable(spec, "descriptionKo", m.descriptionKo(), String.class);
        spec = Bindings.nullable(spec, "descriptionEn", m.descriptionEn(), String.class);
        spec = Bindings.nullable(spec, "useCaseKo", m.useCaseKo(), String.class);
        spec = Bindings.nullable(spec, "useCaseEn", m.useCaseEn(), String.class);
        spec = Bindings.nullable(spec, "sourceSystem", m.sourceSystem(), String.class);
        spec = Bindings.nullable(spec, "datasetUrl", m.datasetUrl(), String.class);
        spec = Bindings.nullable(spec, "contributors", m.contributors(), String.class);
        spec = Bindings.nullable(spec, "timeRange", m.timeRange(), String.class);
        spec = Bindings.nullable(spec, "licence", m.licence(), String.class);
        spec = Bindings.nullable(
                spec,
                "pendingDisclosure",
                pending == null ? null : pending.disclosure().name(),
                String.class);
        spec = Bindings.nullable(spec, "pendingBy", pending == null ? null : pending.requestedBy(), String.class);
        spec = Bindings.nullable(spec, "pendingAt", pending == null ? null : pending.requestedAt(), Instant.class);
        return Bindings.nullable(spec, "updatedBy", entry.updatedBy(), String.class);
    }

    private static CatalogueEntry entry(Readable row) {
        Indicator indicator = new Indicator(
                row.get("code", String.class),
                row.get("name_ko", String.class),
                row.get("name_en", String.class),
                row.get("unit", String.class),
                row.get("area", String.class),
                row.get("source", String.class),
                row.get("update_minutes", Integer.class),
                DisclosureClass.valueOf(row.get("disclosure", String.class)),
                row.get("owning_department", String.class),
                Boolean.TRUE.equals(row.get("per_district", Boolean.class)),
                Boolean.TRUE.equals(row.get("higher_is_worse", Boolean.class)),
                row.get("warn_at", Double.class),
                row.get("danger_at", Double.class),
                row.get("decimals", Integer.class),
                row.get("sort_order", Integer.class));
        IndicatorMetadata metadata = new IndicatorMetadata(
                row.get("summary_ko", String.class),
                row.get("summary_en", String.class),
                row.get("description_ko", String.class),
                row.get("description_en", String.class),
                row.get("use_case_ko", String.class),
                row.get("use_case_en", String.class),
                row.get("source_system", String.class),
                row.get("dataset_url", String.class),
                row.get("contributors", String.class),
                row.get("time_range", String.class),
                row.get("licence", String.class));
        String pending = row.get("pending_disclosure", String.class);
        PendingDisclosure request = pending == null
                ? null
                : new PendingDisclosure(
                        DisclosureClass.valueOf(pending),
                        row.get("pending_by", String.class),
                        row.get("pending_at", Instant.class));
        return new CatalogueEntry(
                indicator,
                metadata,
                Boolean.TRUE.equals(row.get("retired", Boolean.class)),
                request,
                row.get("version", Integer.class),
                row.get("updated_by", String.class),
                row.get("updated_at", Instant.class));
    }

    private static IndicatorChange change(Readable row) {
        return new IndicatorChange(
                row.get("id", Long.class),
                row.get("indicator_code", String.class),
                row.get("version", Integer.class),
                ChangeKind.valueOf(row.get("kind", String.class)),
                row.get("changed_by", String.class),
                row.get("changed_at", Instant.class),
                snapshot(row.get("before", Json.class)),
                snapshot(row.get("after", Json.class)));
    }

    private static Map<String, @Nullable String> snapshot(@Nullable Json json) {
        return json == null ? Map.of() : JSON.readValue(json.asString(), SNAPSHOT);
    }
}
