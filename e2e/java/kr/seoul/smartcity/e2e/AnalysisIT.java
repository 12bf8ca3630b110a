package kr.seoul.smartcity.e2e;

import java.time.Duration;

import kr.seoul.smartcity.analysis.service.FireResponseAnalysis;
import kr.seoul.smartcity.analysis.service.NightBusAnalysis;
import kr.seoul.smartcity.analysis.service.TaxiGarageAnalysis;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.dev.SimulatedCityNow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A citizen reads the analyses: question, data, method, the map with its table, and the results. */
class AnalysisIT extends BrowserTest {

    @Autowired
    CityFeedService feed;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    NightBusAnalysis nightBus;

    @Autowired
    FireResponseAnalysis fire;

    @Autowired
    TaxiGarageAnalysis taxi;

    @Test
    void aCitizenReadsTheBikeStationAnalysisOnDesktopAndPhone() {
        SimulatedCityNow.place(ingest, feed);
        Browser citizen = browser();
        citizen.open("/analyses");
        citizen.click("#analysis-bikes-link");
        citizen.waitForPath("/analyses/bike-stations");
        assertThat(citizen.text("#analysis-data")).contains("bikeList", "SPOP_LOCAL_RESD_JACHI");
        assertThat(citizen.isPresent("#analysis-simulated"))
                .as("simulated inputs are labelled")
                .isTrue();
        assertThat(citizen.all("#analysis-candidates li")).hasSize(10);
        assertThat(citizen.text("#analysis-districts")).contains("강남구", "은평구");
        citizen.screenshot("analysis-bikes-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.open("/analyses/bike-stations");
        assertThat(phone.text("#analysis-summary")).contains("%");
        assertThat(phone.fitsWidth()).as("no sideways scrolling").isTrue();
        phone.screenshot("analysis-bikes-phone");
    }

    @Test
    void aCitizenReadsTheNightBusTaxiAnd119AnalysesOnDesktopAndPhone() {
        // the demo datasets are there shortly after the application starts; the simulated living population is
        // placed here
        SimulatedCityNow.place(ingest, feed);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> nightBus.report().isPresent()
                        && fire.report().isPresent()
                        && taxi.report().isPresent());
        Browser citizen = browser();
        citizen.open("/analyses");
        citizen.click("#analysis-nightbus-link");
        citizen.waitForPath("/analyses/night-bus");
        assertThat(citizen.all("#analysis-under-served li")).hasSize(5);
        assertThat(citizen.text("#analysis-data")).contains("올빼미버스 정류소", "SPOP_LOCAL_RESD_JACHI");
        assertThat(citizen.isPresent("#analysis-simulated")).isTrue();
        assertThat(citizen.text("#analysis-districts")).contains("강남구", "도봉구");
        citizen.screenshot("analysis-nightbus-desktop");

        citizen.open("/analyses");
        citizen.click("#analysis-fire-link");
        citizen.waitForPath("/analyses/fire-response");
        assertThat(citizen.text("#analysis-summary")).contains("중앙값", "90번째 백분위수");
        assertThat(citizen.text("#analysis-data")).contains("119 출동 기록", "소방서");
        assertThat(citizen.text("#analysis-districts")).contains("종로구", "분");
        citizen.screenshot("analysis-fire-desktop");

        citizen.open("/analyses");
        citizen.click("#analysis-taxi-link");
        citizen.waitForPath("/analyses/disabled-taxi");
        assertThat(citizen.all("#analysis-proposed li")).hasSize(5);
        assertThat(citizen.text("#analysis-summary")).contains("km");
        citizen.screenshot("analysis-taxi-desktop");

        Browser phone = browser(Browser.PHONE);
        phone.open("/analyses/fire-response");
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("analysis-fire-phone");
        phone.open("/analyses/night-bus");
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("analysis-nightbus-phone");
        phone.open("/analyses/disabled-taxi");
        assertThat(phone.fitsWidth()).isTrue();
        phone.screenshot("analysis-taxi-phone");
    }
}
