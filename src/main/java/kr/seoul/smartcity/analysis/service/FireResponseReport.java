package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.analysis.domain.Cell;
import kr.seoul.smartcity.analysis.domain.Dataset;
import org.jspecify.annotations.Nullable;

/**
 * The 119 analysis as computed at one moment.
 *
 * @param districts  each district's dispatches and response times, slowest 90th percentile first
 * @param beyond     the squares of the grid farther from every station than the target reach
 * @param reachMetres the straight-line distance covered in the target time at the assumed speed and road factor
 */
public record FireResponseReport(
        List<District> districts,
        List<Cell> beyond,
        double medianMinutes,
        double ninetiethMinutes,
        int dispatches,
        Dataset stations,
        Dataset dispatchSource,
        @Nullable Instant populationAsOf,
        boolean simulated,
        double targetMinutes,
        double speedKmh,
        double roadFactor,
        double reachMetres,
        Instant computedAt) {

    /**
     * @param late        dispatches that arrived after the target time
     * @param peopleBeyond people in the district's squares beyond the target reach
     */
    public record District(
            String districtCode,
            int dispatches,
            double medianMinutes,
            double ninetiethMinutes,
            long late,
            double people,
            double peopleBeyond) {

        public double shareBeyond() {
            return people <= 0 ? 0 : peopleBeyond / people;
        }
    }

    public double peopleBeyond() {
        return districts.stream().mapToDouble(District::peopleBeyond).sum();
    }
}
