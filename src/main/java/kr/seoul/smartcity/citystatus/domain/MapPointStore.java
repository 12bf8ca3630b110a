package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/** Map points, keyed by layer and the source's own identifier. */
@Repository
public class MapPointStore {

    private final DatabaseClient database;
    private final TransactionalOperator transaction;
    private final DatabaseCalls await;

    MapPointStore(DatabaseClient database, TransactionalOperator transaction, DatabaseCalls await) {
        this.await = await;
        this.database = database;
        this.transaction = transaction;
    }

    public void upsert(List<MapPoint> points) {
        Flux.fromIterable(points)
                .concatMap(p -> {
                    DatabaseClient.GenericExecuteSpec spec = database.sql("""
                                    INSERT INTO map_point (layer, external_id, name, latitude, longitude, value, capacity,
                                                           label, disclosure, updated_at)
                                    VALUES (:layer, :id, :name, :lat, :lon, :value, :capacity, :label, :disclosure, :at)
                                    ON CONFLICT (layer, external_id) DO UPDATE SET name = EXCLUDED.name,
                                        latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                                        value = EXCLUDED.value, capacity = EXCLUDED.capacity, label = EXCLUDED.label,
                                        disclosure = EXCLUDED.disclosure, updated_at = EXCLUDED.updated_at""")
                            .bind("layer", p.layer().name())
                            .bind("id", p.externalId())
                            .bind("name", p.name())
                            .bind("lat", p.latitude())
                            .bind("lon", p.longitude())
                            .bind("label", p.label())
                            .bind("disclosure", p.disclosure().name())
                            .bind("at", p.updatedAt());
                    spec = p.value() == null ? spec.bindNull("value", Double.class) : spec.bind("value", p.value());
                    spec = p.capacity() == null
                            ? spec.bindNull("capacity", Double.class)
                            : spec.bind("capacity", p.capacity());
                    return spec.fetch().rowsUpdated();
                })
                .then()
                .as(transaction::transactional)
                .as(await::value);
    }

    public List<MapPoint> layer(MapLayer layer) {
        return database.sql("SELECT * FROM map_point WHERE layer = :layer ORDER BY name")
                .bind("layer", layer.name())
                .map(row -> new MapPoint(
                        MapLayer.valueOf(row.get("layer", String.class)),
                        row.get("external_id", String.class),
                        row.get("name", String.class),
                        row.get("latitude", Double.class),
                        row.get("longitude", Double.class),
                        row.get("value", Double.class),
                        row.get("capacity", Double.class),
                        row.get("label", String.class),
                        kr.seoul.smartcity.base.domain.DisclosureClass.valueOf(row.get("disclosure", String.class)),
                        row.get("updated_at", Instant.class)))
                .all()
                .as(await::list);
    }
}
