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
import java.util.concurrent.atomic.AtomicReference;

import kr.seoul.smartcity.analysis.domain.DistrictShapes;
import kr.seoul.smartcity.analysis.domain.Place;
import kr.seoul.smartcity.analysis.domain.PopulationGrid;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * New Ddareungi station locations (새 따릉이 대여소 입지): who lives within walking distance of a station today, district
 * by district, and where ten new stations would reach the most people who have none. Computed from the public
 * stations, the districts' living population and the district boundaries in the platform; computed again when any
 * of them changes, never drawn by hand.
 */
@Service
public class BikeStationAnalysis {

    static final String POPULATION = "LIVING_POP";
    private static final double CELL_METRES = 250;
    private static final double REACH_METRES = 300;
    private static final int NEW_STATIONS = 10;

    private final CityFeedService feed;
    private final CityStatusService status;
    private final DistrictGeometry geometry;
    private final Clock clock;
    private final AtomicReference<Computed> last = new AtomicReference<>();
    private volatile Map<String, Geometry> shapes;

    BikeStationAnalysis(CityFeedService feed, CityStatusService status, DistrictGeometry geometry, Clock clock) {
        this.feed = feed;
        this.status = status;
        this.geometry = geometry;
        this.clock = clock;
    }

    /** The analysis on public data; empty when the platform has no real district boundaries (schematic map). */
    public Optional<BikeStationReport> report() {
        if (geometry.schematic()) {
            return Optional.empty();
        }
        List<MapPoint> stations = feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS);
        Map<String, LatestValue> population = status.byDistrict(Viewer.CITIZEN, POPULATION);
        Inputs inputs = new Inputs(stations.stream().map(s -> s.externalId() + "@" + s.latitude() + "," + s.longitude()
                + "=" + s.value()).toList(), population.values().stream().map(v -> v.districtCode() + "=" + v.value()
                + "@" + v.observedAt()).sorted().toList());
        Computed known = last.get();
        if (known != null && known.inputs.equals(inputs)) {
            return Optional.of(known.report);
        }
        BikeStationReport report = compute(stations, population);
        last.set(new Computed(inputs, report));
        return Optional.of(report);
    }

    private BikeStationReport compute(List<MapPoint> stations, Map<String, LatestValue> population) {
        Map<String, Double> people = new HashMap<>();
        population.forEach((district, value) -> {
            if (!district.isEmpty()) {
                people.put(district, value.value());
            }
        });
        PopulationGrid grid = PopulationGrid.over(shapes(), people, CELL_METRES);
        List<Place> places = stations.stream().map(s -> new Place(s.latitude(), s.longitude())).toList();
        StationCoverage.Result coverage = StationCoverage.of(grid, places, REACH_METRES, NEW_STATIONS);
        Map<String, List<Double>> occupancy = new HashMap<>();
        for (MapPoint station : stations) {
            if (station.value() != null && station.capacity() != null && station.capacity() > 0) {
                StationCoverage.nearest(grid.cells(), new Place(station.latitude(), station.longitude()))
                        .ifPresent(cell -> occupancy.computeIfAbsent(cell.districtCode(), k -> new ArrayList<>())
                                .add(station.value() / station.capacity()));
            }
        }
        Map<String, Double> meanOccupancy = new HashMap<>();
        occupancy.forEach((district, shares) -> meanOccupancy.put(district,
                shares.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        boolean simulated = population.values().stream().anyMatch(v -> v.origin() == Origin.SIMULATED)
                || stations.stream().anyMatch(s -> s.externalId().startsWith("SIM-"));
        Instant stationsAsOf = stations.stream().map(MapPoint::updatedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        Instant populationAsOf = population.values().stream().map(LatestValue::observedAt)
                .max(Comparator.naturalOrder()).orElse(null);
        return new BikeStationReport(coverage, stations.size(), meanOccupancy, stationsAsOf, populationAsOf,
                simulated, REACH_METRES, CELL_METRES, clock.instant());
    }

    private Map<String, Geometry> shapes() {
        Map<String, Geometry> read = shapes;
        if (read == null) {
            read = DistrictShapes.read(geometry.districtsGeoJson());
            shapes = read;
        }
        return read;
    }

    private record Inputs(List<String> stations, List<String> population) {
    }

    private record Computed(Inputs inputs, BikeStationReport report) {
    }
}
