package kr.seoul.smartcity.e2e;

import java.time.Duration;

import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A citizen reads the Ddareungi analysis: question, data, method, the map with its table, and the proposals. */
class AnalysisIT extends BrowserTest {

    @Autowired
    CityFeedService feed;

    @Test
    void aCitizenReadsTheBikeStationAnalysisOnDesktopAndPhone() {
        // the simulated city fills its stations shortly after the application starts
        await().atMost(Duration.ofSeconds(90))
                .until(() -> !feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS).isEmpty());
        Browser citizen = browser();
        citizen.open("/analyses");
        citizen.click("#analysis-bikes-link");
        citizen.waitForPath("/analyses/bike-stations");
        assertThat(citizen.text("#analysis-data")).contains("bikeList", "SPOP_LOCAL_RESD_JACHI");
        assertThat(citizen.isPresent("#analysis-simulated")).as("simulated inputs are labelled").isTrue();
        assertThat(citizen.all("#analysis-candidates li")).hasSize(10);
        assertThat(citizen.text("#analysis-districts")).contains("강남구", "은평구");
        citizen.screenshot("analysis-bikes-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.open("/analyses/bike-stations");
        assertThat(phone.text("#analysis-summary")).contains("%");
        assertThat(phone.fitsWidth()).as("no sideways scrolling").isTrue();
        phone.screenshot("analysis-bikes-phone");
    }
}
