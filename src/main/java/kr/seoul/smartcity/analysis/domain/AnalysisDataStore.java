package kr.seoul.smartcity.analysis.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.Bindings;
import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The analyses' datasets in PostgreSQL; a dataset is replaced whole, in one transaction. */
@Repository
public class AnalysisDataStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    AnalysisDataStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    /** When the dataset was last replaced, without reading its points. */
    public Optional<Instant> updatedAt(DatasetName name) {
        return database.sql("SELECT updated_at FROM analysis_dataset WHERE name = :name")
                .bind("name", name.name())
                .map(row -> row.get("updated_at", Instant.class))
                .one()
                .as(await::optional);
    }

    public Optional<Dataset> find(DatasetName name) {
        List<DataPoint> points = database.sql("""
                        SELECT label, latitude, longitude, value, district_code FROM analysis_point
                        WHERE dataset = :name ORDER BY position""")
                .bind("name", name.name())
                .map(row -> new DataPoint(
                        row.get("label", String.class),
                        new Place(row.get("latitude", Double.class), row.get("longitude", Double.class)),
                        row.get("value", Double.class),
                        row.get("district_code", String.class)))
                .all()
                .as(await::list);
        return database.sql("SELECT source, link, as_of, simulated, updated_by, updated_at FROM analysis_dataset "
                        + "WHERE name = :name")
                .bind("name", name.name())
                .map(row -> new Dataset(
                        name,
                        row.get("source", String.class),
                        row.get("link", String.class),
                        row.get("as_of", LocalDate.class),
                        Boolean.TRUE.equals(row.get("simulated", Boolean.class)),
                        row.get("updated_by", String.class),
                        row.get("updated_at", Instant.class),
                        points))
                .one()
                .as(await::optional);
    }

    /** Replaces the dataset of that name, points and all. */
    public void replace(Dataset dataset) {
        DatabaseClient.GenericExecuteSpec head = database.sql("""
                        INSERT INTO analysis_dataset (name, source, link, as_of, simulated, updated_by, updated_at)
                        VALUES (:name, :source, :link, :asOf, :simulated, :updatedBy, :updatedAt)
                        ON CONFLICT (name) DO UPDATE SET source = EXCLUDED.source, link = EXCLUDED.link,
                            as_of = EXCLUDED.as_of, simulated = EXCLUDED.simulated, updated_by = EXCLUDED.updated_by,
                            updated_at = EXCLUDED.updated_at""")
                .bind("name", dataset.name().name())
                .bind("source", dataset.source())
                .bind("simulated", dataset.simulated())
                .bind("updatedBy", dataset.updatedBy())
                .bind("updatedAt", dataset.updatedAt());
        head = Bindings.nullable(head, "link", dataset.link(), String.class);
        head = Bindings.nullable(head, "asOf", dataset.asOf(), LocalDate.class);
        List<DataPoint> points = dataset.points();
        head.fetch()
                .rowsUpdated()
                .then(database.sql("DELETE FROM analysis_point WHERE dataset = :name")
                        .bind("name", dataset.name().name())
                        .fetch()
                        .rowsUpdated())
                .thenMany(Flux.range(0, points.size()).concatMap(i -> insert(dataset.name(), i, points.get(i))))
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    private Mono<Long> insert(DatasetName name, int position, DataPoint point) {
        DatabaseClient.GenericExecuteSpec row = database.sql("""
                        INSERT INTO analysis_point (dataset, position, label, latitude, longitude, value, district_code)
                        VALUES (:name, :position, :label, :latitude, :longitude, :value, :district)""")
                .bind("name", name.name())
                .bind("position", position)
                .bind("label", point.label())
                .bind("latitude", point.place().latitude())
                .bind("longitude", point.place().longitude());
        row = Bindings.nullable(row, "value", point.value(), Double.class);
        row = Bindings.nullable(row, "district", point.districtCode(), String.class);
        return row.fetch().rowsUpdated();
    }
}
