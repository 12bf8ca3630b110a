package kr.seoul.smartcity.analysis.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.analysis.domain.Cell;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Dataset;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.analysis.domain.FacilityLocation;
import kr.seoul.smartcity.analysis.domain.Percentiles;
import kr.seoul.smartcity.analysis.domain.Place;
import org.springframework.stereotype.Service;

/**
 * Taxis for the disabled (장애인콜택시): where the calls come from and how long they waited, and where the same number
 * of garages would leave the calls nearest to a taxi (a p-median facility location over candidate sites every
 * kilometre in the city). Computed from the calls and garages (the analyses' datasets) at each reading.
 */
@Service
public class TaxiGarageAnalysis {

    /** Candidate sites: every fourth square of the 250 m grid each way, one a kilometre. */
    private static final int EVERY = 4;
    /** A taxi in city traffic, to turn distance into minutes of driving to the caller. */
    static final double SPEED_KMH = 20;

    private final AnalysisData data;
    private final CityGrid grid;
    private final Clock clock;
    private final LastComputed<Inputs, TaxiGarageReport> last = new LastComputed<>();

    TaxiGarageAnalysis(AnalysisData data, CityGrid grid, Clock clock) {
        this.data = data;
        this.grid = grid;
        this.clock = clock;
    }

    /** The analysis now; empty without real boundaries or without the calls and garages. */
    public Optional<TaxiGarageReport> report() {
        Optional<Dataset> calls = data.dataset(DatasetName.TAXI_CALLS);
        Optional<Dataset> garages = data.dataset(DatasetName.TAXI_GARAGES);
        Optional<CityGrid.People> people = grid.people();
        if (calls.isEmpty() || garages.isEmpty() || people.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(last.get(
                new Inputs(calls.get(), garages.get(), people.get()),
                () -> compute(calls.get(), garages.get(), people.get())));
    }

    private record Inputs(Dataset calls, Dataset garages, CityGrid.People people) {}

    private TaxiGarageReport compute(Dataset calls, Dataset garages, CityGrid.People people) {
        List<Place> origins = calls.points().stream().map(DataPoint::place).toList();
        List<Place> current = garages.points().stream().map(DataPoint::place).toList();
        List<Place> sites = new ArrayList<>();
        for (Cell cell : people.grid().cells()) {
            if (cell.row() % EVERY == 0 && cell.column() % EVERY == 0) {
                sites.add(cell.centre());
            }
        }
        FacilityLocation.Result now = FacilityLocation.serving(origins, current);
        FacilityLocation.Result proposed = FacilityLocation.place(origins, sites, current.size());
        Map<String, List<Double>> waits = new HashMap<>();
        for (DataPoint call : calls.points()) {
            if (call.districtCode() != null && call.value() != null) {
                waits.computeIfAbsent(call.districtCode(), d -> new ArrayList<>())
                        .add(call.value());
            }
        }
        List<TaxiGarageReport.District> districts = new ArrayList<>();
        waits.forEach((district, minutes) -> districts.add(new TaxiGarageReport.District(
                district, minutes.size(), Percentiles.of(minutes, 50), Percentiles.of(minutes, 90))));
        districts.sort(java.util.Comparator.comparingDouble(TaxiGarageReport.District::medianMinutes)
                .reversed());
        List<Double> all = waits.values().stream().flatMap(List::stream).toList();
        return new TaxiGarageReport(
                now,
                proposed,
                garages,
                calls,
                districts,
                Percentiles.of(all, 50),
                Percentiles.of(all, 90),
                sites.size(),
                SPEED_KMH,
                calls.simulated() || garages.simulated(),
                clock.instant());
    }
}
