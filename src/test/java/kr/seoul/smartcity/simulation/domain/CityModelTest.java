package kr.seoul.smartcity.simulation.domain;

import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CityModelTest {

    private final CityModel model = new CityModel(RandomGenerator.of("L64X128MixRandom"));
    private final ZonedDateTime morning = ZonedDateTime.of(2026, 11, 24, 8, 30, 0, 0, Seoul.ZONE);
    private final ZonedDateTime night = morning.withHour(3);

    @Test
    void roadsAreSlowerAtTheMorningRushThanAtNight() {
        assertThat(average("ROAD_SPEED", morning)).isLessThan(average("ROAD_SPEED", night) - 5);
    }

    @Test
    void theCentreFillsUpByDayAndEmptiesAtNight() {
        SeoulDistrict jung = SeoulDistrict.JUNG;
        double afternoon =
                model.district("LIVING_POP", jung, morning.withHour(14).toInstant());
        double lateNight = model.district("LIVING_POP", jung, night.toInstant());
        assertThat(afternoon).isGreaterThan(lateNight * 2);
    }

    @Test
    void everyDistrictGetsPlausibleAirValues() {
        for (SeoulDistrict district : SeoulDistrict.values()) {
            assertThat(model.district("AIR_PM25", district, morning.toInstant()))
                    .isBetween(3.0, 70.0);
            assertThat(model.district("AIR_PM10", district, morning.toInstant()))
                    .isBetween(8.0, 120.0);
            assertThat(model.district("AIR_O3", district, morning.toInstant())).isBetween(0.003, 0.1);
        }
    }

    @Test
    void indicatorsTheModelDoesNotKnowAreNotInvented() {
        assertThat(model.city("NO_SUCH_INDICATOR", morning.toInstant())).isNaN();
        assertThat(model.district("ROAD_SPEED", SeoulDistrict.JONGNO, morning.toInstant()))
                .isNaN();
    }

    private double average(String indicator, ZonedDateTime at) {
        double sum = 0;
        for (int i = 0; i < 50; i++) {
            sum += model.city(indicator, at.toInstant());
        }
        return sum / 50;
    }
}
