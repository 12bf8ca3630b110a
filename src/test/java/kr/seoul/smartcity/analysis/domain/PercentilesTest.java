package kr.seoul.smartcity.analysis.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfResponseTimesAsFireServicesReportThem() {
        // ten arrivals in minutes, in no order: sorted 3 4 4 5 6 6 7 8 9 15
        List<Double> minutes = List.of(6.0, 4.0, 15.0, 3.0, 8.0, 5.0, 4.0, 9.0, 6.0, 7.0);
        assertThat(Percentiles.of(minutes, 50)).as("the 5th of 10").isEqualTo(6.0);
        assertThat(Percentiles.of(minutes, 90)).as("the 9th of 10").isEqualTo(9.0);
        assertThat(Percentiles.of(minutes, 100)).isEqualTo(15.0);
        assertThat(Percentiles.of(List.of(12.0), 90)).isEqualTo(12.0);
        assertThat(Percentiles.of(List.of(), 50)).isNaN();
    }
}
