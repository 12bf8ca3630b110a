package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.Map;

import kr.seoul.smartcity.analysis.domain.StationCoverage;
import org.jspecify.annotations.Nullable;

/**
 * The analysis of Ddareungi stations as computed from the platform's data at one moment.
 *
 * @param coverage people within reach per district and the proposed new stations
 * @param stations the stations counted
 * @param occupancyByDistrict bikes parked against racks, averaged over each district's stations
 * @param stationsAsOf when the stations' state was last read
 * @param populationAsOf the living population's date
 * @param simulated whether any input is the embedded default's simulated data
 */
public record BikeStationReport(
        StationCoverage.Result coverage,
        int stations,
        Map<String, Double> occupancyByDistrict,
        @Nullable Instant stationsAsOf,
        @Nullable Instant populationAsOf,
        boolean simulated,
        double reachMetres,
        double cellMetres,
        Instant computedAt) {}
