package kr.seoul.smartcity.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser is told what it may run and show: a Content-Security-Policy with a fresh nonce on every page (so an
 * injected script or inline event handler does not run), no sniffing, no referrer to other sites, no framing by
 * sites not listed, HSTS and Secure cookies behind a TLS proxy; and every main screen works under that policy.
 */
class SecurityHeadersIT extends BrowserTest {

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String scriptSources(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith("script-src ")) {
                return directive.strip();
            }
        }
        return "";
    }

    @Test
    void pagesCarryAFreshNonceAndEverythingElseAPolicyWithoutInlineScript() throws Exception {
        HttpResponse<String> first = get("/");
        HttpResponse<String> second = get("/");
        String policy = header(first, "Content-Security-Policy");
        assertThat(scriptSources(policy))
                .contains("'nonce-")
                .contains("'unsafe-eval'")
                .doesNotContain("'unsafe-inline'");
        assertThat(scriptSources(header(second, "Content-Security-Policy")))
                .as("a new nonce per page")
                .isNotEqualTo(scriptSources(policy));
        String nonce = scriptSources(policy).replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(first.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(count(first.body(), "<script"))
                .as("every script of the page carries the nonce")
                .isPositive()
                .isEqualTo(count(first.body(), "nonce=\"" + nonce + "\""));
        assertThat(policy).contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'");
        assertThat(header(first, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(first, "Referrer-Policy")).isEqualTo("same-origin");
        assertThat(header(first, "Permissions-Policy")).contains("camera=(self)", "geolocation=()");
        assertThat(first.headers().firstValue("X-Frame-Options"))
                .as("frame-ancestors instead")
                .isEmpty();
        assertThat(first.headers().firstValue("Strict-Transport-Security"))
                .as("not over plain HTTP")
                .isEmpty();

        for (String path : List.of("/api/public/indicators", "/themes/city.css", "/readyz")) {
            HttpResponse<String> other = get(path);
            assertThat(scriptSources(header(other, "Content-Security-Policy")))
                    .as(path)
                    .isEqualTo("script-src 'self'");
            assertThat(header(other, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void behindATlsProxyTheBrowserIsToldToStayOnHttpsAndCookiesAreSecure() throws Exception {
        HttpResponse<String> page = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(header(page, "Strict-Transport-Security"))
                .contains("max-age=31536000")
                .contains("includeSubDomains");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie)
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void theMainScreensWorkUnderThePolicyAndNothingIsRefused() throws Exception {
        Browser citizen = browser();
        citizen.consoleMessages();
        for (String path : List.of(
                "/",
                "/status",
                "/disasters",
                "/civic",
                "/civic/projects",
                "/civic/profile",
                "/archive",
                "/documents")) {
            citizen.open(path);
            assertNothingRefused(citizen, path);
        }
        citizen.open("/");
        citizen.find(".leaflet-container path.city-map-district");
        citizen.open("/archive/item/" + publicItemWithPdf());
        citizen.find("#archive-pdf");
        citizen.settled();
        assertNothingRefused(citizen, "archive item with its PDF");
        citizen.open("/kiosk");
        citizen.find(".kiosk");
        assertNothingRefused(citizen, "/kiosk");

        Browser official = browser();
        official.signIn("traffic", "traffic");
        for (String path :
                List.of("/office", "/approval", "/approval/draft", "/directives", "/reports", "/calls", "/directory")) {
            official.open(path);
            assertNothingRefused(official, path);
        }
        official.open("/office");
        official.find(".apexcharts-canvas, city-apex-chart svg");
        assertNothingRefused(official, "/office with its charts");
    }

    @Test
    void anInjectedInlineHandlerDoesNotRun() {
        Browser citizen = browser().open("/");
        citizen.consoleMessages();
        citizen.js("""
                const holder = document.createElement('div');
                holder.innerHTML = '<img src="data:," onerror="window.__injected = 1" class="planted">';
                document.body.appendChild(holder);
                """);
        citizen.waitUntil(
                () -> citizen.consoleMessages().stream().anyMatch(m -> m.contains("Content Security Policy")),
                Duration.ofSeconds(10));
        assertThat(citizen.js("return window.__injected === undefined")).isEqualTo(true);
    }

    /** A public archive item of the demo data with a PDF, which its page shows in a frame. */
    private long publicItemWithPdf() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode hits =
                json.readTree(get("/api/public/archive/search?size=50").body()).path("hits");
        for (JsonNode hit : hits) {
            JsonNode item = json.readTree(
                    get("/api/public/archive/items/" + hit.path("id").asLong()).body());
            for (JsonNode file : item.path("files")) {
                if (file.path("contentType").asString().equals("application/pdf")) {
                    return hit.path("id").asLong();
                }
            }
        }
        throw new AssertionError("no public archive item with a PDF in the demo data");
    }

    private static void assertNothingRefused(Browser browser, String where) {
        List<String> refused = browser.consoleMessages().stream()
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
        assertThat(refused).as("refused by the browser on %s", where).isEmpty();
    }
}
