package kr.seoul.smartcity.dev;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.simulation.domain.SimulatedPlaces;

/**
 * The simulated city's living population and Ddareungi stations, written by a test that reads them: the database is
 * shared by every test context, and the simulated feed runs in one of them only (the feed tests' context replaces
 * what it would write), so a test of the analyses places the simulated inputs itself rather than waiting for them.
 */
public final class SimulatedCityNow {

    private SimulatedCityNow() {}

    public static void place(ObservationIngest ingest, CityFeedService feed) {
        Instant now = Instant.now();
        Random random = new Random(7);
        List<ObservationInput> people = Arrays.stream(SeoulDistrict.values())
                .map(district ->
                        new ObservationInput("LIVING_POP", district.code(), now, 250_000 + random.nextInt(400_000)))
                .toList();
        ingest.record(people, Origin.SIMULATED, null);
        feed.updatePoints(MapLayer.BIKE_STATIONS, new SimulatedPlaces(random).bikeStations(now, 0.6));
    }
}
