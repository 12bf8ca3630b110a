package kr.seoul.smartcity.analysis.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kr.seoul.smartcity.analysis.domain.Place;
import kr.seoul.smartcity.analysis.domain.PopulationGrid;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.stereotype.Service;

/**
 * New Ddareungi station locations (새 따릉이 대여소 입지): who lives within walking distance of a station today, district
 * by district, and where ten new stations would reach the most people who have none. Computed from the public
 * stations, the districts' living population and the district boundaries in the platform; computed again when any
 * of them changes, never drawn by hand.
 */
@Service
public class BikeStationAnalysis {

    private static final double REACH_METRES = 300;
    private static final int NEW_STATIONS = 10;

    private final CityFeedService feed;
    private final CityGrid grid;
    private final Clock clock;
    private final LastComputed<Inputs, BikeStationReport> last = new LastComputed<>();

    BikeStationAnalysis(CityFeedService feed, CityGrid grid, Clock clock) {
        this.feed = feed;
        this.grid = grid;
        this.clock = clock;
    }

    /** The analysis on public data; empty when the platform has no real district boundaries (schematic map). */
    public Optional<BikeStationReport> report() {
        Optional<CityGrid.People> people = grid.people();
        if (people.isEmpty()) {
            return Optional.empty();
        }
        List<MapPoint> stations = feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS);
        Inputs inputs = new Inputs(
                stations.stream()
                        .map(s -> s.externalId() + "@" + s.latitude() + "," + s.longitude() + "=" + s.value())
                        .toList(),
                people.get());
        return Optional.of(last.get(inputs, () -> compute(stations, people.get())));
    }

    private BikeStationReport compute(List<MapPoint> stations, CityGrid.People people) {
        PopulationGrid grid = people.grid();
        List<Place> places = stations.stream()
                .map(s -> new Place(s.latitude(), s.longitude()))
                .toList();
        StationCoverage.Result coverage = StationCoverage.of(grid, places, REACH_METRES, NEW_STATIONS);
        Map<String, List<Double>> occupancy = new HashMap<>();
        for (MapPoint station : stations) {
            if (station.value() != null && station.capacity() != null && station.capacity() > 0) {
                StationCoverage.nearest(grid.cells(), new Place(station.latitude(), station.longitude()))
                        .ifPresent(cell -> occupancy
                                .computeIfAbsent(cell.districtCode(), k -> new ArrayList<>())
                                .add(station.value() / station.capacity()));
            }
        }
        Map<String, Double> meanOccupancy = new HashMap<>();
        occupancy.forEach((district, shares) -> meanOccupancy.put(
                district,
                shares.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        boolean simulated = people.simulated()
                || stations.stream().anyMatch(s -> s.externalId().startsWith("SIM-"));
        Instant stationsAsOf = stations.stream()
                .map(MapPoint::updatedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new BikeStationReport(
                coverage,
                stations.size(),
                meanOccupancy,
                stationsAsOf,
                people.asOf(),
                simulated,
                REACH_METRES,
                CityGrid.CELL_METRES,
                clock.instant());
    }

    private record Inputs(List<String> stations, CityGrid.People people) {}
}
