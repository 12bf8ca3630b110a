package kr.seoul.smartcity.base.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser whose answer to the first render got lost on the way sends the same message again, as Vaadin's client
 * does after a network error; it must get the same first render, although the server keeps that answer deflated.
 * Spoken over HTTP as Vaadin's client speaks it (../shared/VAADIN_PUSH_PROTOCOL.md).
 */
@CityIntegrationTest
class ResentMessageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    @Test
    void aResentFirstMessageGetsTheSameFirstRenderAndTheNextMessageIsAnsweredAsUsual() throws Exception {
        send(get("/"));
        JsonNode config = JSON.readTree(send(get("/?v-r=init&location=&query=v-sh%3D900%26v-sw%3D1400%26v-wh%3D900"
                                + "%26v-ww%3D1400%26v-bh%3D900%26v-bw%3D1400%26v-tzo%3D-540%26v-rtzo%3D-540%26v-dstd%3D0"
                                + "%26v-dston%3Dfalse%26v-tzid%3DAsia%2FSeoul%26v-curdate%3D"
                                + System.currentTimeMillis()
                                + "%26v-td%3Dfalse%26v-pr%3D1%26v-wn%3Dtest"))
                        .body())
                .path("appConfig");
        int ui = config.path("v-uiId").asInt();
        String csrf = config.path("uidl").path("Vaadin-Security-Key").asString();
        assertThat(csrf).as("the page's security key").isNotEmpty();

        String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
        String first = send(uidl(ui, navigate)).body();
        assertThat(first).as("the citizens' home is rendered").contains("\"changes\"", "디지털 시민시장실");
        assertThat(first.length())
                .as("large enough to be kept deflated")
                .isGreaterThan(DeflatedResendCopies.SMALLEST_DEFLATED);

        String resent = send(uidl(ui, navigate)).body();
        assertThat(resent)
                .as("the resend is answered with the same first render")
                .isEqualTo(first);

        int syncId = JSON.readTree(first).path("syncId").asInt();
        HttpResponse<String> next =
                send(uidl(ui, "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":1}"));
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body())
                .as("the next message is answered on its own, not with the first render")
                .contains("\"syncId\"")
                .doesNotContain("디지털 시민시장실");
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", cookies())
                .GET()
                .build();
    }

    private HttpRequest uidl(int ui, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + ui))
                .header("Cookie", cookies())
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(request.uri().toString()).isEqualTo(200);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String[] pair = header.split(";", 2)[0].split("=", 2);
            cookies.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
        }
        return response;
    }

    private String cookies() {
        return cookies.isEmpty()
                ? "x=y"
                : cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; "));
    }
}
