package kr.seoul.smartcity.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How pages reach the browser (issue 19): the bundle's files are kept for a year, answers are compressed, the chart
 * and map libraries come only with a page that draws one, and Korean text has a font served by the application.
 */
class PageDeliveryIT extends BrowserTest {

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        try (HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET();
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void theBundlesFilesAreKeptForAYearAndPagesAreNot() throws Exception {
        HttpResponse<byte[]> page = get("/");
        Matcher entry = Pattern.compile("VAADIN/build/[^\"]+\\.js").matcher(new String(page.body()));
        assertThat(entry.find()).as("the page names its entry script").isTrue();
        HttpResponse<byte[]> script = get("/" + entry.group(), "Accept-Encoding", "br, gzip");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(header(script, "Cache-Control")).isEqualTo("max-age=31536000, immutable");
        assertThat(header(script, "Content-Encoding"))
                .as("Vaadin's compressed copy")
                .isEqualTo("br");
        assertThat(header(page, "Cache-Control")).as("the page itself").contains("no-store");
        HttpResponse<byte[]> missing = get("/VAADIN/build/nothing-AbCd1234.js");
        assertThat(header(missing, "Cache-Control"))
                .as("a name that looks built but is not there")
                .doesNotContain("31536000");
    }

    @Test
    void pagesAndDataAreSentCompressed() throws Exception {
        HttpResponse<byte[]> page = get("/", "Accept-Encoding", "gzip");
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        HttpResponse<byte[]> data = get("/api/public/indicators", "Accept-Encoding", "gzip");
        assertThat(header(data, "Content-Encoding")).isEqualTo("gzip");
        HttpResponse<byte[]> plain = get("/api/public/indicators");
        assertThat(header(plain, "Content-Encoding"))
                .as("a client that does not ask for it")
                .isEmpty();

        // Vaadin's first message, which builds the view, as the browser received it
        Browser citizen = browser().open("/");
        @SuppressWarnings("unchecked")
        Map<String, Object> init = (Map<String, Object>) citizen.js("""
                const init = performance.getEntriesByType('resource').find(r => r.name.includes('v-r=init'));
                return init ? {sent: init.encodedBodySize, unpacked: init.decodedBodySize} : null;
                """);
        assertThat(init).isNotNull();
        assertThat(((Number) init.get("sent")).longValue())
                .as("compressed: fewer bytes sent than unpacked")
                .isLessThan(((Number) init.get("unpacked")).longValue() / 2);
    }

    @Test
    void chartAndMapLibrariesComeOnlyWithAPageThatDrawsThem() {
        Browser citizen = browser().open("/documents");
        citizen.find("h1");
        assertThat(scripts(citizen))
                .as("a page without charts or maps")
                .noneMatch(name -> name.contains("apexcharts") || name.contains("leaflet"));

        citizen.open("/");
        citizen.find("city-map .leaflet-overlay-pane path.city-map-district");
        citizen.find("city-apex-chart svg");
        assertThat(scripts(citizen))
                .anyMatch(name -> name.contains("apexcharts"))
                .anyMatch(name -> name.contains("leaflet"));
    }

    @Test
    void koreanTextHasTheApplicationsOwnFontSlicedByCharacters() {
        Browser citizen = browser().open("/");
        citizen.find("h1");
        // A machine with a Korean font of its own (this one has Noto Sans CJK) fetches nothing; one without needs
        // the slices holding the page's characters, which is what loading the face for the page's text asks for.
        @SuppressWarnings("unchecked")
        List<String> fonts = (List<String>) citizen.jsAsync("""
                const done = arguments[arguments.length - 1];
                document.fonts.load('16px "Noto Sans KR Variable"', document.body.innerText).then(() =>
                    done(performance.getEntriesByType('resource').map(r => r.name)
                        .filter(name => name.split('?')[0].endsWith('.woff2'))));
                """);
        assertThat(fonts)
                .as("some slices of Noto Sans KR, from the application")
                .isNotEmpty()
                .allMatch(name -> name.startsWith("http://localhost:" + port + "/VAADIN/build/"))
                .allMatch(name -> name.contains("noto-sans-kr"));
        assertThat(fonts.size())
                .as("only the slices holding the page's characters, of about 120")
                .isLessThan(60);
        assertThat(citizen.js("return document.fonts.check('16px \"Noto Sans KR Variable\"', '서울')"))
                .isEqualTo(true);
        // Chromium gives the value back without the spaces after the commas
        assertThat(String.valueOf(
                                citizen.js(
                                        "return getComputedStyle(document.documentElement).getPropertyValue('--lumo-font-family')"))
                        .replace(" ", ""))
                .as("in the theme's fonts, before the generic one")
                .contains("\"NotoSansKRVariable\",sans-serif");
    }

    @SuppressWarnings("unchecked")
    private static List<String> scripts(Browser browser) {
        return (List<String>) browser.js("""
                return performance.getEntriesByType('resource').map(r => r.name)
                    .filter(name => name.split('?')[0].endsWith('.js'));
                """);
    }
}
