package kr.seoul.smartcity.citystatus.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The open data API as an outside program uses it, without signing in. */
@CityIntegrationTest
class PublicIndicatorApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ObservationIngest ingest;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsPublicIndicatorsWithTheirLatestValuesAndNoInternalOnes() throws Exception {
        Instant at = Instant.now().minusSeconds(5);
        ingest.record(
                List.of(
                        new ObservationInput("AIR_NO2", "11680", at, 0.041),
                        new ObservationInput("BUDGET_EXECUTION", null, at, 55)),
                Origin.MANUAL,
                "test");

        HttpResponse<String> response = get("/api/public/indicators");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode indicators = json.readTree(response.body());
        assertThat(indicators.valueStream().map(i -> i.path("code").asString()).toList())
                .contains("AIR_PM25", "AIR_NO2")
                .doesNotContain("BUDGET_EXECUTION", "STAFF_ON_DUTY");
        JsonNode no2 = indicators
                .valueStream()
                .filter(i -> i.path("code").asString().equals("AIR_NO2"))
                .findFirst()
                .orElseThrow();
        assertThat(no2.path("unit").asString()).isEqualTo("ppm");
        assertThat(no2.path("category").asString()).isEqualTo("AIR");
        JsonNode gangnam = no2.path("districts")
                .valueStream()
                .filter(d -> d.path("code").asString().equals("11680"))
                .findFirst()
                .orElseThrow();
        assertThat(gangnam.path("nameKo").asString()).isEqualTo("강남구");
        assertThat(no2.path("about").path("datasetUrl").asString()).startsWith("https://data.seoul.go.kr/");
        assertThat(no2.path("about").path("summaryKo").asString()).isNotBlank();
        // the starter catalogue: at least 60 public indicators in the ten areas, each saying what it is and where
        // its data comes from
        assertThat(indicators.size()).isGreaterThanOrEqualTo(60);
        assertThat(indicators
                        .valueStream()
                        .map(i -> i.path("area").path("code").asString())
                        .distinct()
                        .count())
                .isEqualTo(10);
        assertThat(indicators
                        .valueStream()
                        .filter(i ->
                                !i.path("about").path("datasetUrl").asString().isBlank()
                                        && !i.path("about")
                                                .path("descriptionKo")
                                                .asString()
                                                .isBlank()
                                        && !i.path("source").asString().isBlank())
                        .count())
                .isGreaterThanOrEqualTo(60);
    }

    @Test
    void returnsTheHistoryOfAPublicIndicatorAndRefusesInternalOnes() throws Exception {
        Instant at = Instant.parse("2025-09-09T09:00:00Z");
        ingest.record(List.of(new ObservationInput("AIR_PM10", "11710", at, 57)), Origin.MANUAL, "test");

        HttpResponse<String> series = get("/api/public/indicators/AIR_PM10/series?district=11710"
                + "&from=2025-09-09T08:00:00Z&to=2025-09-09T10:00:00Z");
        assertThat(series.statusCode()).isEqualTo(200);
        JsonNode points = json.readTree(series.body()).path("points");
        assertThat(points.size()).isEqualTo(1);
        assertThat(points.get(0).path("value").asDouble()).isEqualTo(57.0);

        assertThat(get("/api/public/indicators/BUDGET_EXECUTION/series").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/public/indicators/AIR_PM10/series?from=yesterday").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/public/indicators/AIR_PM10/series?district=12345").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theCatalogueDescribesEveryPublicIndicatorForHarvestersWithDistributionsThatAnswer() throws Exception {
        Instant at = Instant.now().minusSeconds(60);
        ingest.record(List.of(new ObservationInput("AIR_O3", "11440", at, 0.052)), Origin.MANUAL, "test");

        HttpResponse<String> response = get("/api/public/catalog");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        JsonNode catalog = json.readTree(response.body());
        assertThat(catalog.path("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalog.path("@context").path("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        List<JsonNode> datasets = catalog.path("dcat:dataset").valueStream().toList();
        assertThat(datasets)
                .extracting(d -> d.path("dct:identifier").asString())
                .contains("AIR_PM25", "AIR_O3", "ROAD_SPEED")
                .doesNotContain("BUDGET_EXECUTION", "STAFF_ON_DUTY");
        JsonNode ozone = datasets.stream()
                .filter(d -> d.path("dct:identifier").asString().equals("AIR_O3"))
                .findFirst()
                .orElseThrow();
        assertThat(ozone.path("dct:title")
                        .valueStream()
                        .map(t -> t.path("@language").asString() + ":"
                                + t.path("@value").asString()))
                .contains("ko:오존", "en:Ozone");
        assertThat(ozone.path("dct:description").get(1).path("@value").asString())
                .contains("ppm", "RealtimeCityAir", "60 minutes");
        assertThat(ozone.path("dct:accrualPeriodicity").path("@id").asString()).endsWith("/frequency/HOURLY");

        JsonNode csv = ozone.path("dcat:distribution")
                .valueStream()
                .filter(d -> d.path("dct:format").path("@id").asString().endsWith("/CSV"))
                .findFirst()
                .orElseThrow();
        String download = csv.path("dcat:downloadURL").path("@id").asString();
        assertThat(download).startsWith("http://localhost:" + port + "/api/public/indicators/AIR_O3/series.csv");
        HttpResponse<String> file = get(download.substring(("http://localhost:" + port).length()) + "?district=11440");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("AIR_O3-11440.csv");
        assertThat(file.body().lines().toList()).first().isEqualTo("indicator,district,time_kst,value,minimum,maximum");
        assertThat(file.body()).contains("AIR_O3,11440,").contains("0.052");
        assertThat(get("/api/public/indicators/STAFF_ON_DUTY/series.csv").statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
