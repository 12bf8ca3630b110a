package kr.seoul.smartcity.citystatus.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's administration API as automation uses it: HTTP Basic, JSON, and status codes that say why. */
@CityIntegrationTest
class AdminCatalogApiIT {

    private static final String INDICATORS = "/api/admin/catalog/indicators";

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    private static String indicator(String code, String department, String disclosure) {
        return """
                {"code": "%s", "nameKo": "API 시험 지표", "nameEn": "API test indicator", "unit": "건",
                 "area": "CULTURE", "owningDepartment": "%s", "disclosure": "%s", "updateMinutes": 1440,
                 "perDistrict": false, "higherIsWorse": true, "warnAt": 5, "dangerAt": 10, "decimals": 0,
                 "metadata": {"summaryKo": "시험용", "summaryEn": "For tests",
                              "datasetUrl": "https://data.seoul.go.kr/dataList/OA-0000/S/1/datasetView.do",
                              "licence": "공공누리 제1유형"}}""".formatted(code, department, disclosure);
    }

    @Test
    void withoutCredentialsTheApiAsksForThemAndCitizensGetNothing() throws Exception {
        assertThat(send("GET", INDICATORS, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", INDICATORS, "admin", "wrong", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorCreatesChangesAndRetiresAnIndicator() throws Exception {
        HttpResponse<String> created =
                send("POST", INDICATORS, "admin", indicator("API_LIFECYCLE", "DIGITAL", "INTERNAL"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith(INDICATORS + "/API_LIFECYCLE");
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("metadata").path("summaryEn").asString()).isEqualTo("For tests");

        HttpResponse<String> one = send("GET", INDICATORS + "/API_LIFECYCLE", "mayor", null);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).path("area").asString()).isEqualTo("CULTURE");

        HttpResponse<String> changed = send(
                "PUT",
                INDICATORS + "/API_LIFECYCLE?version=1",
                "deputy",
                indicator("API_LIFECYCLE", "DIGITAL", "INTERNAL").replace("\"건\"", "\"회\""));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).path("unit").asString()).isEqualTo("회");
        assertThat(send(
                                "PUT",
                                INDICATORS + "/API_LIFECYCLE?version=1",
                                "admin",
                                indicator("API_LIFECYCLE", "DIGITAL", "INTERNAL"))
                        .statusCode())
                .isEqualTo(409);

        assertThat(send("DELETE", INDICATORS + "/API_LIFECYCLE", "traffic", null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> retired = send("DELETE", INDICATORS + "/API_LIFECYCLE", "admin", null);
        assertThat(retired.statusCode()).isEqualTo(200);
        assertThat(json.readTree(retired.body()).path("retired").asBoolean()).isTrue();
        assertThat(send(
                                "PUT",
                                INDICATORS + "/API_LIFECYCLE",
                                "admin",
                                indicator("API_LIFECYCLE", "DIGITAL", "INTERNAL"))
                        .statusCode())
                .isEqualTo(409);

        JsonNode list = json.readTree(send("GET", INDICATORS, "admin", null).body());
        JsonNode listed = list.valueStream()
                .filter(i -> i.path("code").asString().equals("API_LIFECYCLE"))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("retired").asBoolean()).isTrue();

        HttpResponse<String> history = send("GET", INDICATORS + "/API_LIFECYCLE/history", "admin", null);
        assertThat(history.statusCode()).isEqualTo(200);
        JsonNode changes = json.readTree(history.body());
        assertThat(changes.valueStream().map(c -> c.path("kind").asString()).toList())
                .containsExactly("RETIRED", "UPDATED", "CREATED");
        JsonNode unit = changes.get(1).path("fields").get(0);
        assertThat(unit.path("field").asString() + ":" + unit.path("from").asString() + "->"
                        + unit.path("to").asString())
                .isEqualTo("unit:건->회");
    }

    @Test
    void refusedStepsAnswer400WithFieldMessages403And404() throws Exception {
        HttpResponse<String> invalid = send("POST", INDICATORS, "admin", """
                {"code": "bad code", "nameKo": "", "nameEn": "x", "unit": "", "area": "CULTURE",
                 "owningDepartment": "DIGITAL", "disclosure": "INTERNAL", "updateMinutes": 0, "decimals": 0,
                 "higherIsWorse": true, "warnAt": 10, "dangerAt": 5,
                 "metadata": {"datasetUrl": "javascript:alert(1)"}}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body())
                        .path("problems")
                        .valueStream()
                        .map(p -> p.path("field").asString())
                        .toList())
                .containsExactlyInAnyOrder("code", "nameKo", "unit", "updateMinutes", "dangerAt", "datasetUrl");
        assertThat(send("POST", INDICATORS, "admin", "{not json").statusCode()).isEqualTo(400);

        assertThat(send("POST", INDICATORS, "traffic", indicator("API_OTHER", "CLIMATE", "INTERNAL"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", INDICATORS, "mayor", indicator("API_MAYOR", "DIGITAL", "INTERNAL"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", INDICATORS + "/NO_SUCH_INDICATOR", "admin", null).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", INDICATORS + "/NO_SUCH_INDICATOR/history", "admin", null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDisclosureToPublicWaitsForASecondPersonAndTheRequesterCannotApproveIt() throws Exception {
        HttpResponse<String> created = send("POST", INDICATORS, "admin", indicator("API_PUBLIC", "DIGITAL", "PUBLIC"));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        assertThat(body.path("disclosure").asString()).isEqualTo("INTERNAL");
        assertThat(body.path("pendingDisclosure").path("disclosure").asString()).isEqualTo("PUBLIC");
        assertThat(publicCodes()).doesNotContain("\"API_PUBLIC\"");

        HttpResponse<String> self = send("POST", INDICATORS + "/API_PUBLIC/disclosure/approve", "admin", null);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("yourself");
        assertThat(send("POST", INDICATORS + "/API_PUBLIC/disclosure/approve", "traffic", null)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> approved = send("POST", INDICATORS + "/API_PUBLIC/disclosure/approve", "deputy", null);
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).path("disclosure").asString()).isEqualTo("PUBLIC");
        assertThat(publicCodes()).contains("\"API_PUBLIC\"");
        assertThat(send("POST", INDICATORS + "/API_PUBLIC/disclosure/reject", "admin", null)
                        .statusCode())
                .isEqualTo(409);

        // retired, it leaves the open data API
        assertThat(send("DELETE", INDICATORS + "/API_PUBLIC", "deputy", null).statusCode())
                .isEqualTo(200);
        assertThat(publicCodes()).doesNotContain("\"API_PUBLIC\"");
    }

    @Test
    void staffReadTheAreasAndOnlyAdministratorsAddThem() throws Exception {
        HttpResponse<String> list = send("GET", "/api/admin/catalog/areas", "traffic", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json.readTree(list.body())
                        .valueStream()
                        .map(a -> a.path("code").asString())
                        .toList())
                .contains(
                        "SAFETY",
                        "TRANSPORT",
                        "AIR",
                        "WATER",
                        "PRICES",
                        "FINANCES",
                        "PARKS",
                        "POPULATION",
                        "ECONOMY",
                        "CULTURE");
        String area = """
                {"code": "API_AREA", "nameKo": "시험", "nameEn": "Test", "euTheme": "TECH", "sortOrder": 130}""";
        assertThat(send("POST", "/api/admin/catalog/areas", "traffic", area).statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/admin/catalog/areas", "admin", area).statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/admin/catalog/areas", "admin", area).statusCode())
                .isEqualTo(400);
        assertThat(send("DELETE", "/api/admin/catalog/areas/AIR", "admin", null).statusCode())
                .isEqualTo(409);
        assertThat(send("DELETE", "/api/admin/catalog/areas/API_AREA", "admin", null)
                        .statusCode())
                .isEqualTo(200);
    }

    private String publicCodes() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/indicators"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private HttpResponse<String> send(String method, String path, @Nullable String user, @Nullable String body)
            throws Exception {
        return send(method, path, user, user, body);
    }

    private HttpResponse<String> send(
            String method, String path, @Nullable String user, @Nullable String password, @Nullable String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
