package kr.seoul.smartcity.analysis.service;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import org.springframework.stereotype.Service;

/**
 * Night bus (올빼미버스) routes against late-night demand: the people of each district against the night buses' stops
 * within walking distance, and the districts least served. Computed from the stops (the analyses' dataset) and the
 * living population on the real district map at each reading, never drawn by hand.
 */
@Service
public class NightBusAnalysis {

    static final double REACH_METRES = 400;
    private static final int UNDER_SERVED = 5;

    private final AnalysisData data;
    private final CityGrid grid;
    private final Clock clock;
    private final LastComputed<Inputs, NightBusReport> last = new LastComputed<>();

    NightBusAnalysis(AnalysisData data, CityGrid grid, Clock clock) {
        this.data = data;
        this.grid = grid;
        this.clock = clock;
    }

    /** The analysis now; empty without real boundaries or without the night bus stops. */
    public Optional<NightBusReport> report() {
        Optional<Dataset> stops = data.dataset(DatasetName.NIGHT_BUS_STOPS);
        Optional<CityGrid.People> people = grid.people();
        if (stops.isEmpty() || people.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last.get(new Inputs(stops.get(), people.get()), () -> compute(stops.get(), people.get())));
    }

    private record Inputs(Dataset stops, CityGrid.People people) {}

    private NightBusReport compute(Dataset stops, CityGrid.People people) {
        List<DataPoint> points = stops.points();
        StationCoverage.Result coverage = StationCoverage.of(
                people.grid(), points.stream().map(DataPoint::place).toList(), REACH_METRES, 0);
        List<StationCoverage.DistrictCoverage> underServed = coverage.districts().stream()
                .filter(district -> district.people() > 0)
                .sorted(Comparator.comparingDouble(StationCoverage.DistrictCoverage::share))
                .limit(UNDER_SERVED)
                .toList();
        long routes = points.stream().map(DataPoint::label).distinct().count();
        return new NightBusReport(
                coverage,
                underServed,
                points.size(),
                (int) routes,
                stops,
                people.asOf(),
                stops.simulated() || people.simulated(),
                REACH_METRES,
                CityGrid.CELL_METRES,
                clock.instant());
    }
}
