/**
 * Analyses of city services from the platform's data ({@code domain}: {@code PopulationGrid},
 * {@code StationCoverage}, {@code DistrictShapes} on JTS, plain Java tested on hand-checkable grids);
 * {@code BikeStationAnalysis} reads stations, living population and boundaries through their features' services and
 * computes again when they change; {@code NightBusAnalysis}, {@code TaxiGarageAnalysis} and
 * {@code FireResponseAnalysis} read the analyses' own datasets ({@code AnalysisData}) and the living population on
 * the grid ({@code CityGrid}); {@code Percentiles}, {@code FacilityLocation} (p-median) and
 * {@code StationCoverage.beyond} are the domain they add.
 */
@ApplicationModule(
        displayName = "Analyses of city services",
        allowedDependencies = {
            "base",
            "citystatus::model",
            "citystatus::service",
            "directory::model",
            "security::service"
        })
@NullMarked
package kr.seoul.smartcity.analysis;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
