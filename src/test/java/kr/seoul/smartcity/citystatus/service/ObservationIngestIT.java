package kr.seoul.smartcity.citystatus.service;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Alert;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityIntegrationTest
class ObservationIngestIT {

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    ObservationIngest ingest;

    @Autowired
    CityStatusService status;

    @Autowired
    AlertService alerts;

    @Test
    void valuesLandInTheLatestValuesAndTheHourlyAndDailyRollups() {
        Instant hour = Instant.parse("2025-03-04T01:00:00Z");
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM10", "11110", hour.plusSeconds(60), 40),
                        new ObservationInput("AIR_PM10", "11110", hour.plusSeconds(1800), 60),
                        new ObservationInput("AIR_PM10", "11110", hour.plusSeconds(3700), 10)),
                Origin.FEED,
                null);

        List<SeriesPoint> hours = status.history(MAYOR, "AIR_PM10", "11110", hour, hour.plus(Duration.ofHours(3)));
        assertThat(hours).extracting(SeriesPoint::value).containsExactly(40.0, 60.0, 10.0);
        List<SeriesPoint> hourly = series(hour, Duration.ofDays(3));
        assertThat(hourly).hasSize(2);
        assertThat(hourly.get(0).value()).isEqualTo(50.0);
        assertThat(hourly.get(0).minimum()).isEqualTo(40.0);
        assertThat(hourly.get(0).maximum()).isEqualTo(60.0);

        // a correction replaces the value and the rollup follows, counting nothing twice
        ingest.record(
                List.of(new ObservationInput("AIR_PM10", "11110", hour.plusSeconds(1800), 20)),
                Origin.MANUAL,
                "traffic");
        assertThat(series(hour, Duration.ofDays(3)).get(0).value()).isEqualTo(30.0);
        List<SeriesPoint> daily = status.history(
                MAYOR, "AIR_PM10", "11110", hour.minus(Duration.ofDays(100)), hour.plus(Duration.ofDays(1)));
        assertThat(daily).hasSize(1);
        assertThat(daily.get(0).value()).isCloseTo((40 + 20 + 10) / 3.0, org.assertj.core.data.Offset.offset(0.001));
    }

    private List<SeriesPoint> series(Instant from, Duration span) {
        return status.history(MAYOR, "AIR_PM10", "11110", from, from.plus(span));
    }

    @Test
    void theLatestValueIsTheNewestWhateverTheOrderOfArrival() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ingest.record(List.of(new ObservationInput("AIR_O3", "11140", now, 0.031)), Origin.FEED, null);
        ingest.record(
                List.of(new ObservationInput("AIR_O3", "11140", now.minusSeconds(600), 0.099)), Origin.FEED, null);

        LatestValue latest = status.byDistrict(Viewer.CITIZEN, "AIR_O3").get("11140");
        assertThat(latest.value()).isEqualTo(0.031);
        assertThat(latest.observedAt()).isEqualTo(now);
    }

    @Test
    void aThresholdRuleFiresOnceForStaffAndIsAcknowledgedWithWhoAndWhen() {
        String district = "11545";
        ingest.record(List.of(new ObservationInput("AIR_PM25", district, Instant.now(), 96)), Origin.FEED, null);
        ingest.record(List.of(new ObservationInput("AIR_PM25", district, Instant.now(), 120)), Origin.FEED, null);

        List<Alert> open = alerts.open(MAYOR).stream()
                .filter(a -> a.districtCode().equals(district))
                .toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).value()).isEqualTo(96);
        assertThat(open.get(0).owningDepartment()).isEqualTo("CLIMATE");
        assertThat(alerts.open(Viewer.CITIZEN)).isEmpty();
        assertThat(alerts.open(new Viewer(Role.OFFICIAL, "TRAFFIC")))
                .extracting(Alert::districtCode)
                .contains(district);

        Alert acknowledged = alerts.acknowledge(open.get(0).id(), MAYOR, "김서울");
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("김서울");
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThat(alerts.open(MAYOR)).extracting(Alert::districtCode).doesNotContain(district);

        // once acknowledged, a new breach fires again
        ingest.record(List.of(new ObservationInput("AIR_PM25", district, Instant.now(), 80)), Origin.FEED, null);
        assertThat(alerts.open(MAYOR)).extracting(Alert::districtCode).contains(district);
    }

    @Test
    void aBatchWithOneBadValueIsRefusedWholeWithAClearMessage() {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        assertThatThrownBy(() -> ingest.record(
                        List.of(
                                new ObservationInput("AIR_NO2", "11110", at, 0.02),
                                new ObservationInput("AIR_NO2", "99999", at, 0.02)),
                        Origin.MANUAL,
                        "climate"))
                .isInstanceOf(InvalidObservationException.class)
                .hasMessageContaining("99999");
        assertThatThrownBy(
                        () -> ingest.record(List.of(new ObservationInput("NO_SUCH", null, at, 1)), Origin.MANUAL, "x"))
                .hasMessageContaining("NO_SUCH");
        assertThat(status.history(MAYOR, "AIR_NO2", "11110", at.minusSeconds(1), at.plusSeconds(1)))
                .isEmpty();
    }

    @Test
    void citizensGetNothingOfAnInternalIndicator() {
        ingest.record(
                List.of(new ObservationInput("BUDGET_EXECUTION", null, Instant.now(), 71.5)), Origin.MANUAL, "admin");
        assertThat(status.cityTiles(Viewer.CITIZEN))
                .extracting(tile -> tile.indicator().code())
                .doesNotContain("BUDGET_EXECUTION", "STAFF_ON_DUTY")
                .contains("AIR_PM25");
        assertThat(status.cityTiles(MAYOR))
                .extracting(tile -> tile.indicator().code())
                .contains("BUDGET_EXECUTION");
        assertThat(status.history(
                        Viewer.CITIZEN,
                        "BUDGET_EXECUTION",
                        "",
                        Instant.now().minusSeconds(3600),
                        Instant.now().plusSeconds(60)))
                .isEmpty();
    }
}
