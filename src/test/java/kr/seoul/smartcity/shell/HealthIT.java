package kr.seoul.smartcity.shell;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer or an operator sees: the health of the database and of Elasticsearch, without signing in. */
@CityIntegrationTest
class HealthIT {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void healthReportsTheDatabaseAndTheSearchCluster() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("r2dbc").path("status").asString())
                .isEqualTo("UP");
        assertThat(health.path("components")
                        .path("elasticsearch")
                        .path("status")
                        .asString())
                .isEqualTo("UP");
    }

    @Test
    void theActuatorIsOnlyOnTheManagementPortAndLoadBalancersProbeThePublicOne() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpClient http = HttpClient.newHttpClient();
        for (String probe : new String[] {"/livez", "/readyz"}) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).contains("UP");
        }
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).doesNotContain("city_ui_open");
    }
}
