package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.e2e.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value read by a real declared source from the local replay server appears on a citizen's open dashboard within two
 * seconds, without reload.
 */
class LiveFeedOnDashboardIT extends ReplayedFeeds {

    private static final String AIR = "/seoul/" + SEOUL_KEY + "/json/RealtimeCityAir/";

    @LocalServerPort
    int port;

    private Browser citizen;

    @AfterEach
    void close() {
        if (citizen != null) {
            citizen.close();
        }
    }

    @Test
    void anObservationFromTheFeedReachesAnOpenDashboardWithinTwoSeconds() {
        citizen = new Browser(port, Browser.DESKTOP).open("/");
        citizen.find(".tile[data-indicator='AIR_PM25'] .tile-value");
        citizen.js("window.__openedBeforeEvent = true");
        String now = ZonedDateTime.now(Seoul.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMddHHmm"));
        replay.on(AIR, ReplayServer.Reply.json("""
                {"RealtimeCityAir":{"list_total_count":1,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},"row":[
                {"MSRMT_DT":"%s","SAREA_NM":"도심권","MSRSTN_NM":"종로구","PM":"101","FPM":"88","OZON":"0.021",
                 "NTDX":"0.031","CBMX":"0.4","SPDX":"0.003","CAI_GRD":"나쁨","CAI_IDX":"120","CRST_SBSTN":"PM-2.5"}]}}
                """.formatted(now)));

        var run = runDeclared("RealtimeCityAir");
        assertThat(run.ok()).as(run.error()).isTrue();
        long recorded = System.nanoTime();

        citizen.waitForText(".tile[data-indicator='AIR_PM25'] .tile-value", "88", Duration.ofSeconds(2));
        long shownAfterMillis = (System.nanoTime() - recorded) / 1_000_000;
        System.out.printf("Feed value on the open dashboard %d ms after the connector recorded it%n", shownAfterMillis);
        assertThat(citizen.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        assertThat(citizen.text(".tile[data-indicator='AIR_PM25']")).doesNotContain("모의");
        // the map, colouring districts by fine dust, labels 종로구 with the new value too
        assertThat(citizen.js("return document.querySelector('city-map').choropleth.labels['11110']"))
                .asString()
                .as("the new value, after the level's shape if it has one")
                .matches("(?:[▲◆] )?88 .*");
        citizen.screenshot("dashboard-live-feed-desktop");
    }

    @Test
    void aFailingFeedIsMarkedOnTheOpenDashboardAndClearedWhenItDeliversAgain() {
        citizen = new Browser(port, Browser.DESKTOP).open("/");
        String badge = ".tile[data-indicator='AIR_PM25'] .badge-problem";
        citizen.find(".tile[data-indicator='AIR_PM25'] .tile-value");
        replay.on(AIR, ReplayServer.Reply.status(500));

        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();

        citizen.waitUntil(
                () -> citizen.all(badge).stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed),
                Duration.ofSeconds(10));
        assertThat(citizen.find(badge).getText()).contains("수신 오류");
        assertThat(citizen.find(badge).getAttribute("aria-label")).contains("수신 오류", "500");
        citizen.screenshot("dashboard-feed-error-desktop");

        replay.on(AIR, ReplayServer.Reply.file("seoul/air.json"));
        assertThat(runDeclared("RealtimeCityAir").ok()).isTrue();
        citizen.waitUntil(
                () -> citizen.all(badge).stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed),
                Duration.ofSeconds(10));
    }
}
