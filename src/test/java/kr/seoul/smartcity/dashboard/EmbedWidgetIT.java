package kr.seoul.smartcity.dashboard;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.dashboard.service.EmbedSites;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A public widget embedded in another site's page, as that page's visitors' browsers fetch it: without signing in,
 * without a session; and the list of sites allowed to frame it, which only administrators keep.
 */
@CityIntegrationTest
class EmbedWidgetIT {

    private static final DashboardActor ADMIN = new DashboardActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));
    private static final DashboardActor OFFICIAL = new DashboardActor("climate", new Viewer(Role.OFFICIAL, "CLIMATE"));

    @LocalServerPort
    int port;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    DashboardService dashboards;

    @Autowired
    EmbedSites sites;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPublicWidgetIsASmallPageWithItsIndicatorInTheChosenLanguageAndNoSession() throws Exception {
        ingest.record(List.of(new ObservationInput("AIR_PM25", "11680", Instant.now(), 24)), Origin.FEED, null);

        HttpResponse<String> korean = get("/embed/widget/home-map");
        assertThat(korean.statusCode()).isEqualTo(200);
        assertThat(korean.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(korean.body())
                .contains(
                        "<html lang=\"ko\"",
                        "초미세먼지(PM2.5)",
                        "µg/m³",
                        "출처",
                        "기준 시각",
                        "디지털 시민시장실에서 보기",
                        "/embed/widget.js",
                        "/embed/widget.css",
                        "class=\"embed-districts\"",
                        "강남구");
        assertThat(korean.body()).as("no Vaadin on the page").doesNotContain("VAADIN", "vaadin");
        assertThat(korean.headers().allValues("Set-Cookie"))
                .as("no session for a third-party frame")
                .isEmpty();
        assertThat(korean.headers().firstValue("X-Frame-Options"))
                .as("framing is for the CSP to decide")
                .isEmpty();

        HttpResponse<String> english = get("/embed/widget/home-map?lang=en");
        assertThat(english.body())
                .contains(
                        "<html lang=\"en\"",
                        "Fine dust (PM2.5)",
                        "Source",
                        "Open in Digital Citizen Mayor",
                        "Gangnam-gu",
                        "/embed/widget/home-map/data?lang=en");

        // the script and the style the page loads are served to anyone, under the same policy
        for (String file : List.of("/embed/widget.js", "/embed/widget.css")) {
            HttpResponse<String> response = get(file);
            assertThat(response.statusCode()).as(file).isEqualTo(200);
            assertThat(response.body()).as(file).contains("embed");
            assertThat(response.headers().allValues("Set-Cookie")).as(file).isEmpty();
        }
        assertThat(get("/embed/widget.js").body()).contains("textContent").doesNotContain("innerHTML");
    }

    @Test
    void theDataIsTheLatestValueAndTheDistrictsRanked() throws Exception {
        Instant now = Instant.now();
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM25", null, now, 23),
                        new ObservationInput("AIR_PM25", "11110", now, 31)),
                Origin.FEED,
                null);

        HttpResponse<String> response = get("/embed/widget/home-map/data");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode data = json.readTree(response.body());
        assertThat(data.path("name").asString()).isEqualTo("초미세먼지(PM2.5)");
        assertThat(data.path("value").asString()).isEqualTo("23");
        assertThat(data.path("raw").asDouble()).isEqualTo(23.0);
        assertThat(data.path("unit").asString()).isEqualTo("µg/m³");
        assertThat(data.path("view").asString()).isEqualTo("districts");
        assertThat(data.path("simulated").asBoolean()).isFalse();
        assertThat(data.path("stale").asBoolean()).isFalse();
        assertThat(data.path("source").asString()).isNotBlank();
        assertThat(data.path("frequency").asString()).isEqualTo("매시");
        JsonNode jongno = data.path("districts")
                .valueStream()
                .filter(d -> d.path("code").asString().equals("11110"))
                .findFirst()
                .orElseThrow();
        assertThat(jongno.path("name").asString()).isEqualTo("종로구");
        assertThat(jongno.path("value").asString()).isEqualTo("31");
        List<Double> ranked = data.path("districts")
                .valueStream()
                .map(d -> d.path("raw").asDouble())
                .toList();
        assertThat(ranked).as("highest first").isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(get("/embed/widget/home-map").body()).contains("<span class=\"embed-value\">23</span>");
    }

    @Test
    void whatAPersonWroteIsEscaped() throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String lineId = "embed-line-" + suffix;
        String textId = "embed-text-" + suffix;
        String title = "<img src=x onerror=alert(1)> \"미세\" & '먼지'";
        Dashboard created =
                dashboards.create(ADMIN, "embed-test-" + suffix, "퍼가기 시험", "Embed test", Perspective.CITIZEN, null);
        dashboards.save(
                ADMIN,
                created.withLayout(new Layout(List.of(new DashboardPage(
                        null,
                        null,
                        List.of(
                                new Widget(
                                        lineId,
                                        WidgetKind.INDICATOR,
                                        "AIR_PM25",
                                        null,
                                        WidgetForm.LINE,
                                        4,
                                        1,
                                        null,
                                        title,
                                        title,
                                        null,
                                        null,
                                        null),
                                new Widget(
                                        textId,
                                        WidgetKind.TEXT,
                                        null,
                                        null,
                                        WidgetForm.TABLE,
                                        4,
                                        1,
                                        null,
                                        title,
                                        title,
                                        "<script>alert(1)</script>",
                                        "<script>alert(1)</script>",
                                        null)))))),
                "test");

        HttpResponse<String> page = get("/embed/widget/" + lineId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("&lt;img src=x onerror=alert(1)&gt; &quot;미세&quot; &amp; &#39;먼지&#39;")
                .contains("초미세먼지(PM2.5)", "class=\"embed-line\"", "<polyline points=\"")
                .doesNotContain("<img src=x");
        assertThat(json.readTree(get("/embed/widget/" + lineId + "/data").body())
                        .path("title")
                        .asString())
                .as("plain text in the data, for textContent")
                .isEqualTo(title);

        HttpResponse<String> text = get("/embed/widget/" + textId);
        assertThat(text.statusCode()).as("a text widget is not embedded").isEqualTo(404);
        assertThat(text.body()).contains("이 위젯은 다른 사이트에 넣을 수 없습니다").doesNotContain("<script>alert");
    }

    @Test
    void unknownInternalAndCompositeWidgetsAreNotFound() throws Exception {
        for (String id : List.of("no-such-widget", "wall-pm25-trend", "mayor-map", "Home-Map", "home-map%3Cb%3E")) {
            assertThat(get("/embed/widget/" + id).statusCode()).as(id).isEqualTo(404);
            assertThat(get("/embed/widget/" + id + "/data").statusCode()).as(id).isEqualTo(404);
            assertThat(get("/embed/widget/" + id + "/events").statusCode())
                    .as(id)
                    .isEqualTo(404);
        }
        HttpResponse<String> unknown = get("/embed/widget/wall-pm25-trend");
        assertThat(unknown.body()).contains("공개 위젯을 찾을 수 없습니다").doesNotContain("초미세먼지");
        HttpResponse<String> tiles = get("/embed/widget/home-key?lang=en");
        assertThat(tiles.statusCode()).isEqualTo(404);
        assertThat(tiles.body()).contains("This widget cannot be embedded");
    }

    @Test
    void onlyTheEmbeddablePagesMayBeFramedByTheListedSites() throws Exception {
        String site =
                "https://news-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36) + ".example.org";
        assertThat(frameAncestors(get("/embed/widget/home-map")))
                .startsWith("frame-ancestors 'self'")
                .doesNotContain(site);

        assertThat(sites.add(ADMIN, site + "/")).isEqualTo(site);
        try {
            assertThat(sites.origins()).contains(site);
            assertThat(frameAncestors(get("/embed/widget/home-map"))).contains("'self'", site);
            assertThat(frameAncestors(get("/embed/widget/home-key")))
                    .as("its 404 page too")
                    .contains(site);
            assertThat(frameAncestors(get("/embed/widget.js"))).contains(site);
            String embedPolicy = get("/embed/widget/home-map")
                    .headers()
                    .firstValue("Content-Security-Policy")
                    .orElseThrow();
            assertThat(embedPolicy)
                    .contains("script-src 'self';", "object-src 'none'", "connect-src 'self'")
                    .doesNotContain("unsafe-eval");
            for (String other : List.of("/", "/status", "/api/public/indicators", "/themes/city.css", "/readyz")) {
                assertThat(frameAncestors(get(other)))
                        .as(other)
                        .startsWith("frame-ancestors 'self'")
                        .doesNotContain(site);
            }
        } finally {
            sites.remove(ADMIN, site);
        }
        assertThat(frameAncestors(get("/embed/widget/home-map"))).doesNotContain(site);
    }

    @Test
    void onlyAnAdministratorChangesTheList() {
        String site = "https://only-admins.example.org";
        for (DashboardActor actor :
                List.of(OFFICIAL, DashboardActor.CITIZEN, new DashboardActor("mayor", new Viewer(Role.MAYOR, null)))) {
            assertThatThrownBy(() -> sites.add(actor, site))
                    .as(String.valueOf(actor.username()))
                    .isInstanceOfSatisfying(DashboardRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(DashboardRefusedException.Reason.NOT_ALLOWED);
                        assertThat(refused.key()).isEqualTo("dashboard.refused.embed-admin");
                    });
        }
        assertThat(sites.origins()).doesNotContain(site);

        sites.add(ADMIN, site);
        try {
            assertThatThrownBy(() -> sites.remove(OFFICIAL, site)).isInstanceOf(DashboardRefusedException.class);
            assertThat(sites.origins()).contains(site);
        } finally {
            sites.remove(ADMIN, site);
        }
        assertThat(sites.origins()).doesNotContain(site);
    }

    @Test
    void anOriginThatIsNotOneIsRefusedWithAMessage() {
        for (String invalid : List.of(
                "",
                "news.seoul.go.kr",
                "https://news.seoul.go.kr/path",
                "*.seoul.go.kr",
                "https://*.seoul.go.kr",
                "*",
                "javascript:alert(1)",
                "ftp://files.seoul.go.kr",
                "https://news.seoul.go.kr?x=1",
                "https://user@news.seoul.go.kr",
                "https://news.seoul.go.kr#top",
                "https://news.seoul.go.kr; script-src *",
                "https://news.seoul.go.kr 'unsafe-inline'",
                "'self'",
                "https://-bad-.example.org",
                "https://news.seoul.go.kr:99999",
                "data:text/html,x")) {
            assertThatThrownBy(() -> sites.add(ADMIN, invalid))
                    .as(invalid)
                    .isInstanceOfSatisfying(DashboardRefusedException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(DashboardRefusedException.Reason.CONFLICT);
                        assertThat(refused.key()).isEqualTo("dashboard.refused.embed-origin");
                    });
        }
        for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            assertThat(ResourceBundle.getBundle("vaadin-i18n/translations", locale)
                            .getString("dashboard.refused.embed-origin"))
                    .as("the message on screen")
                    .contains("https://");
        }
        assertThat(EmbedSites.normalise(" HTTPS://News.Seoul.go.kr/ ")).isEqualTo("https://news.seoul.go.kr");
        assertThat(EmbedSites.normalise("http://127.0.0.1:34567")).isEqualTo("http://127.0.0.1:34567");
        assertThat(sites.origins()).noneMatch(origin -> origin.contains("*") || origin.contains(" "));
    }

    @Test
    void theEventStreamSaysWhenTheIndicatorHasNewValues() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try {
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/embed/widget/home-map/events"))
                            .header("Accept", "text/event-stream")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (Exception ignored) {
                    // closed at the end of the test
                }
            });
            assertThat(next(lines, ":live")).as("the stream is open at once").isTrue();

            ingest.record(List.of(new ObservationInput("AIR_NO2", "11680", Instant.now(), 0.02)), Origin.FEED, null);
            ingest.record(List.of(new ObservationInput("AIR_PM25", "11680", Instant.now(), 22)), Origin.FEED, null);

            assertThat(next(lines, "event:observations")).isTrue();
            assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("data:AIR_PM25");
            reader.interrupt();
        } finally {
            client.shutdownNow();
        }
    }

    /** Waits up to 10 s for the line, skipping others; false if it did not come. */
    private static boolean next(BlockingQueue<String> lines, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (expected.equals(line)) {
                return true;
            }
        }
        return false;
    }

    private static String frameAncestors(HttpResponse<?> response) {
        for (String directive : response.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .split(";")) {
            if (directive.strip().startsWith("frame-ancestors")) {
                return directive.strip();
            }
        }
        return "";
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
