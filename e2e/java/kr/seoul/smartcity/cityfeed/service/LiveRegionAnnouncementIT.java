package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.e2e.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a screen reader hears on the citizens' front page when a district's air changes (issue 24, WCAG 4.1.3): the
 * value comes through the real path (the declared RealtimeCityAir source reading the replay server, the ingest, the
 * event to the open page), and the polite live region says in one sentence which indicator changed its level. A
 * second change within 30 seconds is not said at once; it is said once the quiet period is over.
 */
class LiveRegionAnnouncementIT extends ReplayedFeeds {

    private static final String AIR = "/seoul/" + SEOUL_KEY + "/json/RealtimeCityAir/";
    private static final String REGION = "#home-live";
    private static final String PM25_VALUE = ".tile[data-indicator='AIR_PM25'] .tile-value";

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
    void aChangeOfLevelIsAnnouncedOnceAndASecondOneWithinThirtySecondsWaits() {
        // every value at this minute: a value recorded again for the same time replaces the latest, whatever another
        // test recorded before, and none is left in the future for the tests after
        ZonedDateTime minute = ZonedDateTime.now(Seoul.ZONE).truncatedTo(ChronoUnit.MINUTES);
        // before the page opens, 종로구's fine dust is good (the only district in the reply, so the city's too)
        deliver(minute, 12);

        citizen = new Browser(port, Browser.DESKTOP).open("/");
        citizen.waitForText(PM25_VALUE, "12", Duration.ofSeconds(10));
        citizen.find(REGION);
        // every sentence the region gets, with the time it got it, as a screen reader would hear them
        citizen.js("""
                window.__said = [];
                const region = document.querySelector(arguments[0]);
                new MutationObserver(() => {
                  const text = region.textContent.trim();
                  const last = window.__said[window.__said.length - 1];
                  if (text && (!last || last.text !== text)) { window.__said.push({text: text, at: Date.now()}); }
                }).observe(region, {childList: true, characterData: true, subtree: true});
                """, REGION);
        assertThat(citizen.find(REGION).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(said()).as("nothing is said when the page opens").isEmpty();

        // it reaches danger (76 µg/m³ and above)
        deliver(minute, 88);
        citizen.waitUntil(() -> said().size() == 1, Duration.ofSeconds(10));
        assertThat(said().getFirst().get("text")).asString().isEqualTo("1개 지표 갱신: 초미세먼지(PM2.5) 좋음→위험");

        // a few seconds later it falls to warning: the tile shows it, the region does not say it yet
        deliver(minute, 50);
        citizen.waitForText(PM25_VALUE, "50", Duration.ofSeconds(10));
        assertThat(said()).as("a second sentence within 30 s").hasSize(1);
        citizen.screenshot("live-region-first-change-desktop");

        // once the 30 seconds are over, the change held back is said, once
        citizen.waitUntil(() -> said().size() >= 2, Duration.ofSeconds(45));
        List<Map<String, Object>> said = said();
        assertThat(said).hasSize(2);
        assertThat(said.get(1).get("text")).asString().isEqualTo("1개 지표 갱신: 초미세먼지(PM2.5) 위험→주의");
        long apart = ((Number) said.get(1).get("at")).longValue()
                - ((Number) said.get(0).get("at")).longValue();
        System.out.printf("Second sentence %d ms after the first%n", apart);
        // 30 s on the server; the two pushes may take a little more or less time to arrive
        assertThat(apart).as("ms between the two sentences").isGreaterThanOrEqualTo(28_000);
    }

    /** 종로구's air at that minute, read by the declared RealtimeCityAir source from the replay server. */
    private void deliver(ZonedDateTime at, int fineDust) {
        replay.on(AIR, ReplayServer.Reply.json("""
                {"RealtimeCityAir":{"list_total_count":1,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},"row":[
                {"MSRMT_DT":"%s","SAREA_NM":"도심권","MSRSTN_NM":"종로구","PM":"30","FPM":"%d","OZON":"0.021",
                 "NTDX":"0.031","CBMX":"0.4","SPDX":"0.003","CAI_GRD":"좋음","CAI_IDX":"40","CRST_SBSTN":"PM-2.5"}]}}
                """.formatted(
                        at.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm")), fineDust)));
        var run = runDeclared("RealtimeCityAir");
        assertThat(run.ok()).as(run.error()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> said() {
        return (List<Map<String, Object>>) citizen.js("return window.__said || [];");
    }
}
