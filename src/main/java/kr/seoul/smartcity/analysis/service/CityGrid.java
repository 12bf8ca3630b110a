package kr.seoul.smartcity.analysis.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import kr.seoul.smartcity.analysis.domain.DistrictShapes;
import kr.seoul.smartcity.analysis.domain.PopulationGrid;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;

/**
 * The city's people on a grid, as the analyses of night buses and 119 read them: the districts' latest living
 * population spread over squares of their real boundaries; made again only when the population changes (value,
 * time or origin), so the analyses reading it see the same grid until then.
 */
@Service
class CityGrid {

    static final String POPULATION = "LIVING_POP";
    static final double CELL_METRES = 250;

    private final CityStatusService status;
    private final DistrictGeometry geometry;
    private final AtomicReference<Made> last = new AtomicReference<>();
    private volatile @Nullable Map<String, Geometry> shapes;

    CityGrid(CityStatusService status, DistrictGeometry geometry) {
        this.status = status;
        this.geometry = geometry;
    }

    /** The people on the grid, the population's time and whether it is simulated; empty on the schematic map. */
    Optional<People> people() {
        if (geometry.schematic()) {
            return Optional.empty();
        }
        Map<String, LatestValue> population = status.byDistrict(Viewer.CITIZEN, POPULATION);
        Map<String, Double> byDistrict = new HashMap<>();
        population.forEach((district, value) -> {
            if (!district.isEmpty()) {
                byDistrict.put(district, value.value());
            }
        });
        Made known = last.get();
        if (known != null && known.population.equals(population)) {
            return Optional.of(known.people);
        }
        Instant asOf = population.values().stream()
                .map(LatestValue::observedAt)
                .max(Comparator.naturalOrder())
                .orElse(null);
        boolean simulated = population.values().stream().anyMatch(v -> v.origin() == Origin.SIMULATED);
        People people = new People(PopulationGrid.over(shapes(), byDistrict, CELL_METRES), asOf, simulated);
        last.set(new Made(population, people));
        return Optional.of(people);
    }

    /** The district outlines, read once: the boundaries do not change while the application runs. */
    private Map<String, Geometry> shapes() {
        Map<String, Geometry> read = shapes;
        if (read == null) {
            read = DistrictShapes.read(geometry.districtsGeoJson());
            shapes = read;
        }
        return read;
    }

    record People(PopulationGrid grid, @Nullable Instant asOf, boolean simulated) {}

    private record Made(Map<String, LatestValue> population, People people) {}
}
