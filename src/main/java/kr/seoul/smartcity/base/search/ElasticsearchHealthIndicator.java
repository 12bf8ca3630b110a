package kr.seoul.smartcity.base.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health of the search cluster from {@code /_cluster/health}: the minimal Elasticsearch of the embedded default has
 * no {@code GET /}, so the client's ping cannot be used. Red is down; yellow is normal for a single node.
 */
@Component("elasticsearch")
class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    ElasticsearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health();
        builder.status(health.status() == HealthStatus.Red ? "DOWN" : "UP")
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
    }
}
