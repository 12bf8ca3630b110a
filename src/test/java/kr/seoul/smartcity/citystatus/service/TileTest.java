package kr.seoul.smartcity.citystatus.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Origin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TileTest {

    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final Indicator PM25 = new Indicator(
            "AIR_PM25",
            "초미세먼지",
            "Fine dust",
            "µg/m³",
            "AIR",
            "RealtimeCityAir",
            60,
            DisclosureClass.PUBLIC,
            "CLIMATE",
            true,
            true,
            35.0,
            75.0,
            0,
            1);
    private static final Indicator ROAD = new Indicator(
            "ROAD_SPEED",
            "차량속도",
            "Road speed",
            "km/h",
            "TRANSPORT",
            "citydata",
            5,
            DisclosureClass.PUBLIC,
            "TRAFFIC",
            false,
            false,
            20.0,
            15.0,
            1,
            2);

    @Test
    void aValueOlderThanThreeUpdatePeriodsIsStale() {
        assertThat(tile(PM25, 20, NOW.minus(Duration.ofMinutes(179)), Origin.FEED)
                        .stale())
                .isFalse();
        assertThat(tile(PM25, 20, NOW.minus(Duration.ofMinutes(181)), Origin.FEED)
                        .stale())
                .isTrue();
        assertThat(tile(ROAD, 25, NOW.minus(Duration.ofMinutes(16)), Origin.FEED)
                        .stale())
                .isTrue();
    }

    @Test
    void theStatusColourFollowsTheThresholdsInTheDirectionThatIsWorse() {
        assertThat(tile(PM25, 20, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.NORMAL);
        assertThat(tile(PM25, 35, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.WARNING);
        assertThat(tile(PM25, 80, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.DANGER);
        assertThat(tile(ROAD, 25, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.NORMAL);
        assertThat(tile(ROAD, 18, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.WARNING);
        assertThat(tile(ROAD, 12, NOW, Origin.FEED).level()).isEqualTo(Indicator.Level.DANGER);
    }

    @Test
    void simulatedValuesSaySoAndAMissingValueIsNeitherStaleNorColoured() {
        assertThat(tile(PM25, 20, NOW, Origin.SIMULATED).simulated()).isTrue();
        assertThat(tile(PM25, 20, NOW, Origin.MANUAL).simulated()).isFalse();
        Tile empty = Tile.of(PM25, null, List.of(), NOW);
        assertThat(empty.hasValue()).isFalse();
        assertThat(empty.stale()).isFalse();
        assertThat(empty.level()).isEqualTo(Indicator.Level.NORMAL);
    }

    private static Tile tile(Indicator indicator, double value, Instant at, Origin origin) {
        return Tile.of(indicator, new LatestValue(indicator.code(), "", at, value, origin), List.of(), NOW);
    }
}
