package kr.seoul.smartcity.analysis.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.analysis.domain.Cell;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.analysis.domain.Percentiles;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import org.springframework.stereotype.Service;

/**
 * 119 resources: how long dispatches took to arrive, district by district (median and 90th percentile), against
 * where the fire stations and safety centres are — the places farther from every one of them than a fire engine
 * covers in the target time, and the people there. Computed from the dispatches and stations (the analyses' datasets)
 * and the living population on the real district map at each reading.
 */
@Service
public class FireResponseAnalysis {

    /** The target: a fire engine on the scene within seven minutes (the "golden time" of fires). */
    static final double TARGET_MINUTES = 7;
    /** Average speed of a fire engine in city traffic, in km/h, and how much longer roads are than a straight line. */
    static final double SPEED_KMH = 25;

    static final double ROAD_FACTOR = 1.4;

    private final AnalysisData data;
    private final CityGrid grid;
    private final Clock clock;
    private final LastComputed<Inputs, FireResponseReport> last = new LastComputed<>();

    FireResponseAnalysis(AnalysisData data, CityGrid grid, Clock clock) {
        this.data = data;
        this.grid = grid;
        this.clock = clock;
    }

    /** The straight-line distance a fire engine covers in the target time. */
    static double reachMetres() {
        return TARGET_MINUTES / 60 * SPEED_KMH * 1000 / ROAD_FACTOR;
    }

    /** The analysis now; empty without real boundaries or without the stations and dispatches. */
    public Optional<FireResponseReport> report() {
        Optional<Dataset> stations = data.dataset(DatasetName.FIRE_STATIONS);
        Optional<Dataset> dispatches = data.dataset(DatasetName.FIRE_DISPATCHES);
        Optional<CityGrid.People> people = grid.people();
        if (stations.isEmpty() || dispatches.isEmpty() || people.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last.get(
                new Inputs(stations.get(), dispatches.get(), people.get()),
                () -> compute(stations.get(), dispatches.get(), people.get())));
    }

    private record Inputs(Dataset stations, Dataset dispatches, CityGrid.People people) {}

    private FireResponseReport compute(Dataset stations, Dataset dispatches, CityGrid.People people) {
        List<Cell> beyond = StationCoverage.beyond(
                people.grid(), stations.points().stream().map(DataPoint::place).toList(), reachMetres());
        Map<String, List<Double>> minutes = new HashMap<>();
        for (DataPoint dispatch : dispatches.points()) {
            if (dispatch.districtCode() != null && dispatch.value() != null) {
                minutes.computeIfAbsent(dispatch.districtCode(), d -> new ArrayList<>())
                        .add(dispatch.value());
            }
        }
        Map<String, Double> peopleByDistrict = new HashMap<>();
        Map<String, Double> peopleBeyond = new HashMap<>();
        people.grid().cells().forEach(cell -> peopleByDistrict.merge(cell.districtCode(), cell.people(), Double::sum));
        beyond.forEach(cell -> peopleBeyond.merge(cell.districtCode(), cell.people(), Double::sum));
        List<FireResponseReport.District> districts = new ArrayList<>();
        for (String district : peopleByDistrict.keySet()) {
            List<Double> times = minutes.getOrDefault(district, List.of());
            districts.add(new FireResponseReport.District(
                    district,
                    times.size(),
                    Percentiles.of(times, 50),
                    Percentiles.of(times, 90),
                    times.stream().filter(t -> t > TARGET_MINUTES).count(),
                    peopleByDistrict.get(district),
                    peopleBeyond.getOrDefault(district, 0.0)));
        }
        // slowest first; districts without dispatches last
        districts.sort(Comparator.comparingDouble((FireResponseReport.District d) ->
                        Double.isNaN(d.ninetiethMinutes()) ? -1 : d.ninetiethMinutes())
                .reversed()
                .thenComparing(FireResponseReport.District::districtCode));
        List<Double> all = minutes.values().stream().flatMap(List::stream).toList();
        return new FireResponseReport(
                districts,
                beyond,
                Percentiles.of(all, 50),
                Percentiles.of(all, 90),
                all.size(),
                stations,
                dispatches,
                people.asOf(),
                stations.simulated() || dispatches.simulated() || people.simulated(),
                TARGET_MINUTES,
                SPEED_KMH,
                ROAD_FACTOR,
                reachMetres(),
                clock.instant());
    }
}
