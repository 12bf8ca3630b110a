package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import org.jspecify.annotations.Nullable;

/**
 * The night bus analysis as computed at one moment.
 *
 * @param coverage     per district, the people and those within reach of a night bus stop (stations: stops)
 * @param underServed  the districts with the smallest share within reach, least first
 * @param stops        the stops counted, on {@code routes} routes
 * @param source       the stops' dataset (source, link, date, simulated or not)
 * @param simulated    whether any input is the embedded default's simulated data
 */
public record NightBusReport(
        StationCoverage.Result coverage,
        List<StationCoverage.DistrictCoverage> underServed,
        int stops,
        int routes,
        Dataset source,
        @Nullable Instant populationAsOf,
        boolean simulated,
        double reachMetres,
        double cellMetres,
        Instant computedAt) {}
