package kr.seoul.smartcity.shell.service;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

/** Checks the services the platform depends on, for the status card that staff see. */
@Service
public class PlatformStatusService {

    private final DatabaseClient database;
    private final ElasticsearchClient search;
    private final PlatformProperties properties;

    PlatformStatusService(DatabaseClient database, ElasticsearchClient search, PlatformProperties properties) {
        this.database = database;
        this.search = search;
        this.properties = properties;
    }

    public boolean embedded() {
        return properties.embedded();
    }

    public List<ServiceStatus> check() {
        return List.of(database(), search());
    }

    private ServiceStatus database() {
        try {
            String version = database.sql("SHOW server_version")
                    .map(row -> row.get(0, String.class))
                    .one()
                    // a probe, not a store's wait: the status card says "unavailable" after 5 s, whatever
                    // city.database.timeout allows a statement
                    .block(Duration.ofSeconds(5));
            return new ServiceStatus("status.database", true, "PostgreSQL " + version);
        } catch (RuntimeException e) {
            return new ServiceStatus("status.database", false, e.getMessage());
        }
    }

    private ServiceStatus search() {
        try {
            HealthResponse health = search.cluster().health();
            return new ServiceStatus(
                    "status.search",
                    health.status() != HealthStatus.Red,
                    "Elasticsearch · " + health.status().jsonValue() + " · " + health.numberOfNodes() + " node(s)");
        } catch (Exception e) {
            return new ServiceStatus("status.search", false, e.getMessage());
        }
    }
}
