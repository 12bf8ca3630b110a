package kr.seoul.smartcity.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.EmbedSites;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsDriver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A public widget in another site's page: a news site (a small web server on 127.0.0.1, another origin than the
 * app on localhost) frames {@code /embed/widget/home-map}. Once an administrator lists the site, its visitors see
 * the widget and its new values as they are recorded; a site that is not listed gets no widget, the browser refuses
 * the frame.
 */
class EmbedWidgetIT extends BrowserTest {

    @Autowired
    ObservationIngest ingest;

    @Autowired
    EmbedSites sites;

    private final List<HttpServer> servers = new java.util.ArrayList<>();
    private final List<String> listed = new java.util.ArrayList<>();

    @AfterEach
    void stopSites() {
        DashboardActor admin = new DashboardActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));
        listed.forEach(origin -> sites.remove(admin, origin));
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aListedSiteShowsTheWidgetLiveAndASiteNotListedIsRefused() throws Exception {
        String news = newsSite("서울 뉴스");
        String other = newsSite("다른 사이트");
        listed.add(news);

        // the administrator lists the news site on screen; an address with a path is refused with a message
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/embed-sites");
        admin.find("#embed-snippet");
        assertThat(admin.text("#embed-snippet"))
                .contains("<iframe src=\"http://localhost:" + port + "/embed/widget/home-map\"");
        admin.type("#embed-site-origin", news + "/news/today");
        admin.click("#embed-site-add");
        admin.find("vaadin-text-field#embed-site-origin[invalid]");
        assertThat(admin.text("#embed-site-origin [slot='error-message']")).contains("https://");
        admin.type("#embed-site-origin", news);
        admin.click("#embed-site-add");
        admin.waitForText("#embed-sites", news);
        assertThat(admin.isPresent("#embed-sites [data-origin='" + other + "']"))
                .isFalse();
        admin.screenshot("embed-sites-desktop");

        // a visitor of the news site sees the widget in its frame
        Browser reader = browser();
        reader.js("window.location.href = arguments[0]", news + "/");
        WebElement frame = reader.find("iframe#widget");
        ((WrapsDriver) frame).getWrappedDriver().switchTo().frame(frame);
        reader.find("#embed-widget .embed-value");
        assertThat(reader.text(".embed-name")).isEqualTo("초미세먼지(PM2.5)");
        reader.waitForAttribute("#embed-widget", "data-live", "yes", Duration.ofSeconds(20));
        reader.js("window.__sameDocument = true");

        // a new value is recorded: the framed page shows it without being loaded again
        String before = reader.text(".embed-value");
        int city = "17".equals(before) ? 19 : 17;
        int jongno = city + 11;
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM25", null, Instant.now(), city),
                        new ObservationInput("AIR_PM25", "11110", Instant.now(), jongno)),
                Origin.FEED,
                null);
        reader.waitUntil(() -> reader.text(".embed-value").equals(String.valueOf(city)), Duration.ofSeconds(20));
        reader.waitUntil(
                () -> reader.text("tr[data-district='11110'] td.embed-number").equals(String.valueOf(jongno)),
                Duration.ofSeconds(10));
        assertThat(reader.js("return window.__sameDocument === true")).isEqualTo(true);
        reader.screenshot("embed-widget-framed");

        // the other site is not listed: the browser refuses the frame, so the widget is not in it
        Browser stranger = browser();
        stranger.consoleMessages();
        stranger.js("window.location.href = arguments[0]", other + "/");
        WebElement refusedFrame = stranger.find("iframe#widget");
        stranger.waitUntil(
                () -> stranger.consoleMessages().stream().anyMatch(m -> m.contains("frame-ancestors")),
                Duration.ofSeconds(20));
        ((WrapsDriver) refusedFrame).getWrappedDriver().switchTo().frame(refusedFrame);
        assertThat(stranger.isPresent("#embed-widget")).isFalse();
        assertThat(stranger.pageText()).doesNotContain("초미세먼지");
    }

    /** A page on 127.0.0.1 (another origin than the app's localhost) that frames the widget; returns its origin. */
    private String newsSite(String title) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>오늘의 대기</p>
                <iframe id="widget" src="http://localhost:%d/embed/widget/home-map" title="초미세먼지" width="420"
                 height="760" style="border:0"></iframe></body></html>
                """.formatted(title, title, port);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
