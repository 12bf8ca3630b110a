package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.e2e.Browser;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data team grows the platform without code: an administrator adds an indicator to the catalogue and declares
 * a Seoul Open Data source for it on screen, tries it with a dry run against a local server speaking Seoul's
 * format, saves it, and at the next poll the citizens' home shows the value with its source, as-of time and dataset
 * link; when the service renames the field, the source turns unhealthy with the reason, on the health page and on
 * the tile. A file that a file source's upload refuses is explained under the upload, tied to it and announced.
 */
class DeclaredSourceFromScreenIT extends ReplayedFeeds {

    private static final String CODE = "LIBRARY_VISITS_TEST";
    private static final String SOURCE = "library-visits-test";
    private static final String SERVICE = "/json/SeoulLibraryVisitTest/";
    private static final String DATASET = "https://data.seoul.go.kr/dataList/OA-15480/S/1/datasetView.do";

    @LocalServerPort
    int port;

    @Autowired
    CatalogueStewardship catalogue;

    private final List<Browser> browsers = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        browsers.forEach(Browser::close);
    }

    @Test
    void anAdministratorAddsAnIndicatorAndItsSourceOnScreenAndCitizensSeeTheValueAtTheNextPoll() {
        String now = ZonedDateTime.now(Seoul.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
        replay.on(SERVICE, ReplayServer.Reply.json(answer(now, "VISIT_CNT", "1,234")));
        Browser admin = browser();
        admin.signIn("admin", "admin");

        admin.open("/admin/catalog");
        admin.click("#catalogue-new");
        admin.type("#indicator-code", CODE);
        admin.type("#indicator-nameKo", "공공도서관 방문자(시험)");
        admin.type("#indicator-nameEn", "Public library visits (test)");
        admin.type("#indicator-unit", "명");
        choose(admin, "#indicator-area", "문화");
        // the administrator's department (디지털정책관) owns it by default
        admin.js("arguments[0].opened = true", admin.find("#indicator-disclosure"));
        admin.waitUntil(
                () -> admin.all("vaadin-select-item").stream().anyMatch(WebElement::isDisplayed),
                Duration.ofSeconds(5));
        admin.all("vaadin-select-item").stream()
                .filter(item -> item.getText().strip().equals("공개"))
                .findFirst()
                .orElseThrow()
                .click();
        admin.type("#indicator-source", SOURCE);
        admin.type("#indicator-updateMinutes", "5");
        admin.type("#indicator-sortOrder", "1");
        admin.type("#indicator-summaryKo", "서울시 공공도서관을 찾은 사람 수입니다.");
        admin.type("#indicator-datasetUrl", DATASET);
        admin.click("#indicator-save");
        admin.waitForText("#catalogue-grid", CODE);
        // making it public waits for a second person: another member of the owning department approves it
        catalogue.approveDisclosure(new CatalogueActor("deputy", new Viewer(Role.OFFICIAL, "DIGITAL")), CODE);

        admin.open("/admin/data-source");
        admin.type("#source-name", SOURCE);
        admin.type("#source-service", "SeoulLibraryVisitTest");
        admin.type("#source-time-names", "STAT_DT");
        admin.type("#source-time-format", "yyyyMMddHHmm");
        choose(admin, "#value-indicator-0", CODE);
        admin.screenshot("data-source-editor-desktop");
        admin.type("#value-names-0", "VISIT_CNT");
        admin.click("#dry-run");
        admin.waitForText("#dry-run-result", "1,234");
        assertThat(admin.text("#dry-run-result"))
                .contains("기록될 값 (1)", CODE, "서울시 전체")
                .contains("아직 아무것도 기록하지 않았습니다");
        assertThat(admin.all("#dry-run-raw").getFirst().getAttribute("textContent"))
                .contains("SeoulLibraryVisitTest")
                .doesNotContain(SEOUL_KEY);
        admin.screenshot("data-source-dry-run-desktop");
        admin.click("#save-source");
        admin.waitForText("#source-health", "실행 기록");

        declared.claimAndRun(List.of(SOURCE));

        Browser citizen = browser().open("/");
        String tile = ".tile[data-indicator='" + CODE + "']";
        citizen.waitForText(tile + " .tile-value", "1,234", Duration.ofSeconds(20));
        assertThat(citizen.text(tile + " .tile-source")).contains(SOURCE).contains("기준");
        assertThat(citizen.text(tile)).doesNotContain("모의");
        citizen.click(tile);
        citizen.waitForText("#indicator-about", "데이터셋 페이지");
        assertThat(citizen.find("#indicator-about a.indicator-dataset").getAttribute("href"))
                .isEqualTo(DATASET);
        citizen.screenshot("declared-source-tile-desktop");

        replay.on(SERVICE, ReplayServer.Reply.json(answer(now, "VISIT_COUNT", "1,300")));
        admin.open("/admin/data-source/" + SOURCE);
        admin.click("#run-source");
        admin.waitForText("#source-health", "VISIT_CNT");
        assertThat(admin.text("#source-health")).contains("실패", "field missing upstream", "VISIT_COUNT");
        admin.open("/admin/data-sources");
        admin.waitForText("#data-source-grid", SOURCE);
        assertThat(admin.text("#data-source-grid")).contains("VISIT_CNT");
        admin.screenshot("data-source-health-desktop");
        citizen.open("/");
        citizen.waitUntil(
                () -> citizen.all(tile + " .badge-problem").stream().anyMatch(WebElement::isDisplayed),
                Duration.ofSeconds(20));
    }

    @Test
    void aRefusedFileIsExplainedUnderTheUploadTiedToItAndAnnounced() throws Exception {
        java.nio.file.Files.createDirectories(FILE_DROP.resolve("bike-drop"));
        declaredSources.save(
                new Viewer(Role.OFFICIAL, "TRAFFIC"),
                "traffic",
                new DataSource(
                        "bike-file-upload-test",
                        SourceKind.FILE,
                        new SourceRequest(null, List.of(), "bike-drop", Map.of(), null, null, null, null, null, null),
                        new SourceMapping(
                                SourceMapping.Field.time("yyyy-MM-dd HH:mm", "일시"),
                                SourceMapping.Field.of("자치구"),
                                List.of(SourceMapping.Value.of("BIKE_AVAILABLE", "대여가능")),
                                null),
                        60,
                        null,
                        false,
                        "TRAFFIC",
                        null,
                        0,
                        null,
                        null));
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/data-source/bike-file-upload-test");
        WebElement upload = admin.find("#source-file-upload");
        assertThat(admin.all("#source-upload-error").stream().noneMatch(WebElement::isDisplayed))
                .as("no problem shown before a file is chosen")
                .isTrue();

        // a file dropped on the upload, as a person drags one from their desktop: a text file, not a CSV
        admin.js("""
                const files = new DataTransfer();
                files.items.add(new File(['not a table'], 'visits.txt', {type: 'text/plain'}));
                arguments[0].dispatchEvent(new DragEvent('drop', {dataTransfer: files, bubbles: true, cancelable: true}));
                """, upload);

        admin.waitForText("#source-upload-error", "CSV 파일만 올릴 수 있습니다");
        WebElement error = admin.find("#source-upload-error");
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getAttribute("role"))
                .as("announced as soon as it appears")
                .isEqualTo("alert");
        assertThat(upload.getAttribute("aria-describedby"))
                .as("tied to the upload")
                .isEqualTo("source-upload-error");
        admin.screenshot("data-source-upload-refused-desktop");
    }

    private Browser browser() {
        Browser browser = new Browser(port, Browser.DESKTOP);
        browsers.add(browser);
        return browser;
    }

    /** Picks an item of a combo box by typing part of its label. */
    private static void choose(Browser browser, String combo, String text) {
        browser.type(combo, text);
        browser.waitUntil(
                () -> browser.all("vaadin-combo-box-item").stream()
                        .anyMatch(item -> item.isDisplayed() && item.getText().contains(text)),
                Duration.ofSeconds(5));
        browser.all("vaadin-combo-box-item").stream()
                .filter(item -> item.isDisplayed() && item.getText().contains(text))
                .findFirst()
                .orElseThrow()
                .click();
        browser.waitUntil(
                () -> browser.all("vaadin-combo-box-item").stream().noneMatch(WebElement::isDisplayed),
                Duration.ofSeconds(5));
    }

    private static String answer(String time, String field, String value) {
        return """
                {"SeoulLibraryVisitTest":{"list_total_count":1,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},
                 "row":[{"STAT_DT":"%s","LBRRY_NM":"서울도서관","%s":"%s"}]}}""".formatted(time, field, value);
    }
}
