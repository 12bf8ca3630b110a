package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A map one can check by hand: calls in two clusters on an east-west line, 6 at 0 m and 4 at 3,000 m east; candidate
 * sites every 500 m from 0 to 3,000 m. One garage goes where the six are (mean distance 4 × 3,000 / 10 = 1,200 m,
 * against 1,800 m at the four); two garages go one to each cluster (mean 0).
 */
class FacilityLocationTest {

    private static final Place ORIGIN = new Place(37.5, 127.0);

    private static Place east(double metres) {
        return ORIGIN.moved(0, metres);
    }

    private static List<Place> calls() {
        List<Place> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(east(0));
        }
        for (int i = 0; i < 4; i++) {
            calls.add(east(3000));
        }
        return calls;
    }

    private static List<Place> sites() {
        List<Place> sites = new ArrayList<>();
        for (int metres = 0; metres <= 3000; metres += 500) {
            sites.add(east(metres));
        }
        return sites;
    }

    @Test
    void oneGarageGoesToTheLargerClusterAndTwoToBoth() {
        FacilityLocation.Result one = FacilityLocation.place(calls(), sites(), 1);
        assertThat(one.facilities()).hasSize(1);
        assertThat(one.facilities().getFirst().metresTo(east(0))).isLessThan(1);
        assertThat(one.meanMetres()).isCloseTo(1200, within(5.0));
        assertThat(one.ninetiethMetres()).isCloseTo(3000, within(5.0));

        FacilityLocation.Result two = FacilityLocation.place(calls(), sites(), 2);
        assertThat(two.meanMetres()).isCloseTo(0, within(1.0));
        assertThat(two.facilities())
                .anySatisfy(site -> assertThat(site.metresTo(east(3000))).isLessThan(1));
    }

    @Test
    void twoGaragesGoToTheMiddleAndOneEndNotBetweenTheClusters() {
        // clusters of 10 calls at 0 and 3,000 m and of 11 at 1,500 m: one garage belongs in the middle (mean
        // 30,000 / 31 = 968 m); two, in the middle and at one end (the other end's 10 calls 1,500 m away: mean
        // 15,000 / 31 = 484 m); two between the clusters, at 500 and 2,500 m, leave every call 500 or 1,000 m away
        List<Place> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(east(0));
            calls.add(east(1500));
            calls.add(east(3000));
        }
        calls.add(east(1500));
        assertThat(FacilityLocation.place(calls, sites(), 1).meanMetres()).isCloseTo(30000.0 / 31, within(5.0));
        FacilityLocation.Result two = FacilityLocation.place(calls, sites(), 2);
        assertThat(two.meanMetres()).isCloseTo(15000.0 / 31, within(5.0));
        assertThat(two.facilities())
                .anySatisfy(site -> assertThat(site.metresTo(east(1500))).isLessThan(1));
        FacilityLocation.Result now = FacilityLocation.serving(calls, List.of(east(500), east(2500)));
        assertThat(now.meanMetres())
                .as("two garages between the clusters serve worse")
                .isGreaterThan(two.meanMetres());
    }
}
