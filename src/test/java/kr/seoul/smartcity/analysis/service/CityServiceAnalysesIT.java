package kr.seoul.smartcity.analysis.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.analysis.domain.Cell;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.analysis.domain.Place;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.dev.SimulatedCityNow;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The night bus and 119 analyses on the embedded default's data (simulated, labelled so), read through their
 * services from PostgreSQL: every district analysed, and a replaced dataset changes the next reading. Each test puts
 * back the dataset it replaced.
 */
@CityIntegrationTest
class CityServiceAnalysesIT {

    @Autowired
    NightBusAnalysis nightBus;

    @Autowired
    FireResponseAnalysis fire;

    @Autowired
    TaxiGarageAnalysis taxi;

    @Autowired
    AnalysisData data;

    @Autowired
    CityGrid grid;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    CityFeedService feed;

    /** The demo datasets arrive shortly after the application starts; the simulated living population is placed. */
    @BeforeEach
    void inputsAreThere() {
        SimulatedCityNow.place(ingest, feed);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> nightBus.report().isPresent()
                        && fire.report().isPresent()
                        && taxi.report().isPresent());
    }

    @Test
    void theNightBusesLeastServedDistrictsComeFirstAndMoreStopsReachMore() {
        NightBusReport report = nightBus.report().orElseThrow();
        assertThat(report.coverage().districts()).hasSize(25);
        assertThat(report.simulated()).isTrue();
        assertThat(report.routes()).isEqualTo(8);
        List<StationCoverage.DistrictCoverage> least = report.underServed();
        assertThat(least).hasSize(5);
        for (int i = 1; i < least.size(); i++) {
            assertThat(least.get(i).share())
                    .isGreaterThanOrEqualTo(least.get(i - 1).share());
        }
        double shareBefore = report.coverage().share();

        Dataset stops = data.dataset(DatasetName.NIGHT_BUS_STOPS).orElseThrow();
        StationCoverage.DistrictCoverage worst = least.getFirst();
        try {
            // a new route through the least served district's squares
            List<DataPoint> more = new ArrayList<>(stops.points());
            squaresOf(worst.districtCode()).forEach(place -> more.add(new DataPoint("N99", place, null, null)));
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.NIGHT_BUS_STOPS,
                    stops.source(),
                    stops.link(),
                    stops.asOf(),
                    true,
                    more);
            NightBusReport after = nightBus.report().orElseThrow();
            assertThat(after.routes()).isEqualTo(9);
            assertThat(after.coverage().share()).isGreaterThan(shareBefore);
            assertThat(after.coverage().districts())
                    .filteredOn(d -> d.districtCode().equals(worst.districtCode()))
                    .singleElement()
                    .satisfies(d -> assertThat(d.share()).isGreaterThan(worst.share()));
        } finally {
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.NIGHT_BUS_STOPS,
                    stops.source(),
                    stops.link(),
                    stops.asOf(),
                    stops.simulated(),
                    stops.points());
        }
    }

    @Test
    void responseTimesByDistrictAndAStationWhereNoneReachesShrinksWhoIsBeyond() {
        FireResponseReport report = fire.report().orElseThrow();
        assertThat(report.districts()).hasSize(25).allSatisfy(d -> {
            if (d.dispatches() > 0) {
                assertThat(d.medianMinutes()).isLessThanOrEqualTo(d.ninetiethMinutes());
            }
        });
        assertThat(report.medianMinutes()).isLessThanOrEqualTo(report.ninetiethMinutes());
        assertThat(report.reachMetres()).isBetween(2000.0, 2200.0);
        assertThat(report.beyond().stream().mapToDouble(Cell::people).sum())
                .isCloseTo(report.peopleBeyond(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(report.beyond())
                .as("the simulated stations leave places beyond seven minutes")
                .isNotEmpty();

        Dataset stations = data.dataset(DatasetName.FIRE_STATIONS).orElseThrow();
        Cell far = report.beyond().stream()
                .max(java.util.Comparator.comparingDouble(Cell::people))
                .orElseThrow();
        try {
            List<DataPoint> more = new ArrayList<>(stations.points());
            more.add(new DataPoint("새 119안전센터", far.centre(), null, far.districtCode()));
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.FIRE_STATIONS,
                    stations.source(),
                    stations.link(),
                    stations.asOf(),
                    true,
                    more);
            FireResponseReport after = fire.report().orElseThrow();
            assertThat(after.peopleBeyond()).isLessThan(report.peopleBeyond());
            assertThat(after.beyond()).doesNotContain(far);
        } finally {
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.FIRE_STATIONS,
                    stations.source(),
                    stations.link(),
                    stations.asOf(),
                    stations.simulated(),
                    stations.points());
        }
    }

    @Test
    void theProposedGaragesLeaveCallsNearerThanTodaysAndFollowTheCalls() {
        TaxiGarageReport report = taxi.report().orElseThrow();
        assertThat(report.proposed().facilities())
                .hasSameSizeAs(report.garages().points());
        assertThat(report.proposed().meanMetres())
                .isLessThanOrEqualTo(report.current().meanMetres());
        assertThat(report.districts())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.medianMinutes()).isLessThanOrEqualTo(d.ninetiethMinutes()));

        Dataset calls = data.dataset(DatasetName.TAXI_CALLS).orElseThrow();
        try {
            // every call from one corner of the city (도봉구): the proposed garages move there
            Place corner = new Place(37.6688, 127.0320);
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.TAXI_CALLS,
                    calls.source(),
                    calls.link(),
                    calls.asOf(),
                    true,
                    List.of(
                            new DataPoint("a", corner, 30.0, "11320"),
                            new DataPoint("b", corner.moved(300, 0), 40.0, "11320")));
            TaxiGarageReport after = taxi.report().orElseThrow();
            assertThat(after.proposed().facilities())
                    .anySatisfy(site -> assertThat(site.metresTo(corner)).isLessThan(1000));
            assertThat(after.districts())
                    .singleElement()
                    .satisfies(d -> assertThat(d.calls()).isEqualTo(2));
        } finally {
            data.replace(
                    "admin",
                    Role.ADMIN,
                    DatasetName.TAXI_CALLS,
                    calls.source(),
                    calls.link(),
                    calls.asOf(),
                    calls.simulated(),
                    calls.points());
        }
    }

    @Test
    void onlyAdministratorsReplaceADataset() {
        Dataset stops = data.dataset(DatasetName.NIGHT_BUS_STOPS).orElseThrow();
        assertThatThrownBy(() -> data.replace(
                        "traffic", Role.OFFICIAL, DatasetName.NIGHT_BUS_STOPS, "x", null, null, false, stops.points()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> data.replace(
                        "admin", Role.ADMIN, DatasetName.NIGHT_BUS_STOPS, "x", null, null, false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(data.dataset(DatasetName.NIGHT_BUS_STOPS).orElseThrow().points())
                .hasSameSizeAs(stops.points());
    }

    /** Every fourth grid square of a district, as stops of a route through it. */
    private List<Place> squaresOf(String district) {
        List<Cell> cells = grid.people().orElseThrow().grid().cells().stream()
                .filter(cell -> cell.districtCode().equals(district))
                .toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 4) {
            places.add(cells.get(i).centre());
        }
        return places;
    }
}
