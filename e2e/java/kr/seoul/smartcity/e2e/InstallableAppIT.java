package kr.seoul.smartcity.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform installs as an app: a phone finds the site's manifest (standalone, with icons it can fetch without
 * signing in) and a service worker; the kiosk page offers its own manifest, which opens the kiosk full screen.
 */
class InstallableAppIT extends BrowserTest {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/" + path))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPhoneInstallsTheSiteStandaloneWithItsIconsWithoutSigningIn() throws Exception {
        Browser phone = browser(Browser.PHONE);
        phone.open("/");
        String manifestPath =
                String.valueOf(phone.js("return document.querySelector('link[rel=manifest]').getAttribute('href')"));
        HttpResponse<byte[]> manifest = get(manifestPath);
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode site = json.readTree(manifest.body());
        assertThat(site.path("short_name").asString()).isEqualTo("시민시장실");
        assertThat(site.path("display").asString()).isEqualTo("standalone");
        assertThat(site.path("theme_color").asString()).isEqualTo("#0b3d91");
        boolean large = false;
        for (JsonNode icon : site.path("icons")) {
            HttpResponse<byte[]> image = get(icon.path("src").asString());
            assertThat(image.statusCode()).as(icon.path("src").asString()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
            large |= "512x512".equals(icon.path("sizes").asString());
        }
        assertThat(large).as("an icon large enough for a splash screen").isTrue();
        phone.waitUntil(
                () -> Boolean.TRUE.equals(phone.jsAsync("const done = arguments[arguments.length - 1];"
                        + "navigator.serviceWorker.getRegistration().then(r => done(!!r), () => done(false));")),
                Duration.ofSeconds(20));
    }

    @Test
    void theKioskOffersAManifestThatOpensItFullScreen() throws Exception {
        Browser kiosk = browser();
        kiosk.open("/kiosk");
        kiosk.waitUntil(
                () -> "kiosk.webmanifest"
                        .equals(kiosk.js("return document.querySelector('link[rel=manifest]').getAttribute('href')")),
                Duration.ofSeconds(10));
        HttpResponse<byte[]> manifest = get("kiosk.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        JsonNode own = json.readTree(manifest.body());
        assertThat(own.path("display").asString()).isEqualTo("fullscreen");
        assertThat(own.path("start_url").asString()).isEqualTo("kiosk");
        HttpResponse<byte[]> icon = get(own.path("icons").get(0).path("src").asString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
    }
}
