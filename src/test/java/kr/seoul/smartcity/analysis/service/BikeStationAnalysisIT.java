package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.dev.SimulatedCityNow;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ddareungi analysis on the embedded default's data: every district, proposals, recomputed on new stations. */
@CityIntegrationTest
class BikeStationAnalysisIT {

    @Autowired
    BikeStationAnalysis analysis;

    @Autowired
    CityFeedService feed;

    @Autowired
    ObservationIngest ingest;

    @BeforeEach
    void theSimulatedCityIsThere() {
        SimulatedCityNow.place(ingest, feed);
    }

    @Test
    void everyDistrictIsAnalysedAndNewStationsAreProposedWhereTheyReachMost() {
        BikeStationReport report = analysis.report().orElseThrow();
        assertThat(report.coverage().districts())
                .hasSize(25)
                .allSatisfy(district -> assertThat(district.share()).isBetween(0.0, 1.0));
        assertThat(report.simulated())
                .as("the embedded default's stations are simulated")
                .isTrue();
        List<StationCoverage.Candidate> candidates = report.coverage().candidates();
        assertThat(candidates).hasSize(10);
        for (int i = 1; i < candidates.size(); i++) {
            assertThat(candidates.get(i).newlyCovered())
                    .as("each proposal reaches no more than the one before")
                    .isLessThanOrEqualTo(candidates.get(i - 1).newlyCovered());
        }
        assertThat(report.coverage().people()).isPositive();
    }

    /**
     * A station moved to the first proposal (the simulated feed moves it back on its next round, so no other test
     * meets it there): the analysis is computed again and proposes another place first.
     */
    @Test
    void aStationMovedToTheFirstProposalChangesTheNextReading() throws InterruptedException {
        BikeStationReport before = analysis.report().orElseThrow();
        StationCoverage.Candidate first = before.coverage().candidates().getFirst();
        MapPoint moved = feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS).getFirst();
        BikeStationReport after = before;
        // the simulated feed may move it back between the move and the reading (every 30 s): then move it again
        for (int attempt = 0;
                attempt < 3 && after.coverage().candidates().getFirst().place().equals(first.place());
                attempt++) {
            Thread.sleep(5);
            feed.updatePoints(
                    MapLayer.BIKE_STATIONS,
                    List.of(new MapPoint(
                            MapLayer.BIKE_STATIONS,
                            moved.externalId(),
                            moved.name(),
                            first.place().latitude(),
                            first.place().longitude(),
                            moved.value(),
                            moved.capacity(),
                            moved.label(),
                            DisclosureClass.PUBLIC,
                            Instant.now())));
            after = analysis.report().orElseThrow();
        }
        assertThat(after.computedAt())
                .as("computed again because a station moved")
                .isAfter(before.computedAt());
        assertThat(after.stations()).isEqualTo(before.stations());
        assertThat(after.coverage().covered())
                .as("reached people counted anew")
                .isNotEqualTo(before.coverage().covered());
        assertThat(after.coverage().candidates().getFirst().place())
                .as("the first proposal is reached now: the next one goes elsewhere")
                .isNotEqualTo(first.place());
    }
}
