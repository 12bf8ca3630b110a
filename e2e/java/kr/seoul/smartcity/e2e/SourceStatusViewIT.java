package kr.seoul.smartcity.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The data sources page: administrators see every feed and, without keys, that none is configured. */
class SourceStatusViewIT extends BrowserTest {

    @Test
    void anAdministratorSeesEveryFeedAsNotConfigured() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        assertThat(admin.text("#main-nav")).contains("기본 연계 피드", "데이터 소스");

        admin.open("/admin/sources");

        admin.waitForText("#source-grid", "bikeList");
        String grid = admin.text("#source-grid");
        assertThat(grid)
                .contains(
                        "bikeList",
                        "SPOP_LOCAL_RESD_JACHI",
                        "citydata",
                        "realtimeStationArrival",
                        "DSSP-IF-00247",
                        "미설정",
                        "city.sources.seoul.key");
        assertThat(admin.find("#run-bikeList").getAttribute("disabled")).isNotNull();
        admin.screenshot("admin-sources-desktop");
    }

    @Test
    void anOfficialCannotOpenIt() {
        Browser official = browser();
        official.signIn("traffic", "traffic");
        assertThat(official.text("#main-nav")).doesNotContain("기본 연계 피드");

        official.open("/admin/sources");

        assertThat(official.isPresent("#source-grid")).isFalse();
    }
}
