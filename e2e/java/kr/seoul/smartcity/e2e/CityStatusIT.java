package kr.seoul.smartcity.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The real-time city status as the mayor, an official and a citizen at a kiosk use it. */
class CityStatusIT extends BrowserTest {

    @Autowired
    ObservationIngest ingest;

    @Autowired
    CityStatusService status;

    @Test
    void anAlertFiresOnAnOpenMayorScreenAndNotOnACitizensScreen() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.waitForPath("/office");
        Browser citizen = browser().open("/");
        citizen.find(".dashboard-grid");
        citizen.js("window.__openedBeforeEvent = true");
        mayor.js("window.__openedBeforeEvent = true");

        ingest.record(List.of(new ObservationInput("AIR_PM25", "11380", Instant.now(), 131)), Origin.FEED, null);

        mayor.waitForText("vaadin-notification-card", "은평구");
        assertThat(mayor.text("vaadin-notification-card")).contains("초미세먼지", "기후환경본부");
        assertThat(mayor.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        assertThat(Integer.parseInt(mayor.find("#alert-bell").getAttribute("data-open")))
                .isPositive();
        mayor.screenshot("alert-mayor-desktop");

        citizen.settled();
        assertThat(citizen.isPresent("#alert-bell")).isFalse();
        assertThat(citizen.all("vaadin-notification-card")).isEmpty();
        assertThat(citizen.js("return window.__openedBeforeEvent === true")).isEqualTo(true);

        // the mayor acknowledges it; the record shows who
        mayor.open("/alerts");
        WebElement row = mayor.find("#open-alerts .alert-row");
        row.findElement(By.cssSelector(".alert-acknowledge")).click();
        mayor.waitForText("#acknowledged-alerts", "김서울");
        mayor.screenshot("alerts-desktop");
    }

    @Test
    void theKioskRotatesThroughPublicPanelsOnly() {
        Browser kiosk = browser().open("/kiosk");
        Set<String> panels = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        long deadline = System.currentTimeMillis() + 30_000;
        while (panels.size() < 3 && System.currentTimeMillis() < deadline) {
            // read in one step in the page: the panel may change between two reads
            Object seen = kiosk.js("""
                    const stage = document.querySelector('#kiosk-stage');
                    return [stage.dataset.panel].concat(
                        Array.from(stage.querySelectorAll('.tile')).map(tile => tile.dataset.indicator));""");
            List<?> values = (List<?>) seen;
            panels.add(String.valueOf(values.get(0)));
            values.stream().skip(1).forEach(value -> indicators.add(String.valueOf(value)));
            sleep(500);
        }
        assertThat(panels).as("panels shown within 30 s").hasSizeGreaterThanOrEqualTo(3);
        assertThat(indicators).contains("AIR_PM25").doesNotContain("STAFF_ON_DUTY", "BUDGET_EXECUTION");
        assertThat(kiosk.isPresent("#login-link")).isFalse();
        assertThat(kiosk.isPresent("vaadin-app-layout")).isFalse();
        kiosk.screenshot("kiosk-desktop");
    }

    @Test
    void aTouchHoldsTheKioskPanelAndAfterIdleTimeItReturnsToTheStart() {
        Browser kiosk = browser(Browser.PHONE).open("/kiosk");
        List<WebElement> dots = kiosk.all(".kiosk-dot");
        dots.get(2).click();
        // the touch goes to the server and back before the stage changes
        kiosk.waitForAttribute("#kiosk-stage", "data-panel", "2", Duration.ofSeconds(3));
        sleep(4500);
        assertThat(kiosk.find("#kiosk-stage").getAttribute("data-panel"))
                .as("held while touched")
                .isEqualTo("2");
        long deadline = System.currentTimeMillis() + 15_000;
        while (!"0".equals(kiosk.find("#kiosk-stage").getAttribute("data-panel"))
                && System.currentTimeMillis() < deadline) {
            sleep(250);
        }
        assertThat(kiosk.find("#kiosk-stage").getAttribute("data-panel"))
                .as("back at the start")
                .isEqualTo("0");
        kiosk.screenshot("kiosk-phone-start");
    }

    @Test
    void aCsvUploadWithOneBadRowReportsThatRowAndImportsNothing() throws Exception {
        Path file = Files.createTempFile("values-", ".csv");
        Files.writeString(file, """
                indicator,district,observed_at,value
                AIR_PM10,11110,2024-05-05 10:00,41
                AIR_PM10,11110,2024-05-05 11:00,많음
                AIR_PM10,11110,2024-05-05 12:00,43
                """, StandardCharsets.UTF_8);
        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/manage");

        uploadInput(official).sendKeys(file.toString());

        official.waitForText("#csv-errors", "3번째 줄");
        assertThat(official.text("#csv-errors")).contains("많음");
        assertThat(official.text("#csv-result")).contains("파일을 들이지 않았습니다");
        List<SeriesPoint> stored = status.history(
                new Viewer(Role.MAYOR, null),
                "AIR_PM10",
                "11110",
                Instant.parse("2024-05-05T00:00:00Z"),
                Instant.parse("2024-05-05T04:00:00Z"));
        assertThat(stored).isEmpty();
        official.screenshot("manage-desktop");
    }

    @Test
    void aTileOpensItsHistoryWithACsvDownload() {
        Browser citizen = browser().open("/status");
        citizen.find("#category-tabs");
        citizen.click("#category-tiles .tile");
        citizen.find("vaadin-dialog .history-download");
        assertThat(citizen.text("vaadin-dialog")).contains("CSV");
        citizen.screenshot("history-desktop");
    }

    @Test
    void anAdministratorChangesAThresholdAndOfficialsCannotOpenTheRules() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/alert-rules");
        admin.find("#alert-rules");
        admin.all("vaadin-grid-cell-content").stream()
                .filter(cell -> cell.getText().equals("도심 평균 차량속도"))
                .findFirst()
                .orElseThrow()
                .click();
        admin.type("#rule-threshold", "9.5");
        admin.click("#rule-save");
        admin.waitForText("#alert-rules", "미만 9.5 km/h");
        admin.screenshot("alert-rules-desktop");

        Browser official = browser();
        official.signIn("traffic", "traffic");
        official.open("/admin/alert-rules");
        assertThat(official.isPresent("#alert-rules")).isFalse();
    }

    private static WebElement uploadInput(Browser browser) {
        WebElement upload = browser.find("#csv-upload");
        List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
        if (!light.isEmpty()) {
            return light.get(0);
        }
        SearchContext shadow = upload.getShadowRoot();
        return shadow.findElement(By.cssSelector("input[type=file]"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
