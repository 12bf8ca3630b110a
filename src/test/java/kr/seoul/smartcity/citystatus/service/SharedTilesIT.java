package kr.seoul.smartcity.citystatus.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tiles are made once for every screen that shows the same ones: a citizen never gets the mayor's tiles made just
 * before, each district gets its own values, and a new value is on the tiles read once the bus has told the screens.
 */
@CityIntegrationTest
class SharedTilesIT {

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    CityStatusService status;

    @Autowired
    ObservationIngest ingest;

    @Test
    void aCitizenGetsOnlyPublicTilesEvenRightAfterTheMayorsWereMade() {
        List<Tile> mayors = status.cityTiles(MAYOR);
        List<Tile> citizens = status.cityTiles(Viewer.CITIZEN);

        assertThat(mayors).anyMatch(tile -> tile.indicator().disclosure() != DisclosureClass.PUBLIC);
        assertThat(citizens).isNotEmpty().allMatch(tile -> tile.indicator().disclosure() == DisclosureClass.PUBLIC);
        assertThat(status.districtTiles(Viewer.CITIZEN, "11440"))
                .allMatch(tile -> tile.indicator().disclosure() == DisclosureClass.PUBLIC);
    }

    @Test
    void eachDistrictHasItsOwnTilesAndANewValueShowsOnTheNextRedraw() {
        // Twenty seconds ahead, so that the simulated city's readings (every 30 s, stamped with their time) do not
        // overtake them during the test and do soon after; in two districts no other test reads, at normal levels,
        // so that no test after this one meets them or an alert they raised.
        Instant now = Instant.now().plusSeconds(20);
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM25", "11740", now, 17),
                        new ObservationInput("AIR_PM25", "11500", now, 21)),
                Origin.FEED,
                null);
        // the event that drops the shared reads arrives on the bus's own thread, as screens are told to redraw
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(pm25("11740")).isEqualTo(17);
            assertThat(pm25("11500")).isEqualTo(21);
        });

        ingest.record(List.of(new ObservationInput("AIR_PM25", "11740", now.plusSeconds(1), 23)), Origin.FEED, null);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(pm25("11740")).isEqualTo(23);
            assertThat(status.byDistrict(Viewer.CITIZEN, "AIR_PM25")
                            .get("11740")
                            .value())
                    .isEqualTo(23);
            assertThat(pm25("11500")).isEqualTo(21);
        });
    }

    private double pm25(String district) {
        return status.districtTiles(Viewer.CITIZEN, district).stream()
                .filter(tile -> tile.indicator().code().equals("AIR_PM25"))
                .findFirst()
                .orElseThrow()
                .value();
    }
}
