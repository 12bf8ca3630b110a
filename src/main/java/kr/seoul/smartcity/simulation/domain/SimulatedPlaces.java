package kr.seoul.smartcity.simulation.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;

/** Simulated places on the map layers, scattered around the districts' centres. */
public final class SimulatedPlaces {

    /** Approximate centre of each district (latitude, longitude). */
    static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("11110", new double[] {37.591, 126.996}),
            Map.entry("11140", new double[] {37.558, 126.990}),
            Map.entry("11170", new double[] {37.538, 126.980}),
            Map.entry("11200", new double[] {37.553, 127.031}),
            Map.entry("11215", new double[] {37.552, 127.090}),
            Map.entry("11230", new double[] {37.589, 127.053}),
            Map.entry("11260", new double[] {37.607, 127.087}),
            Map.entry("11290", new double[] {37.600, 127.022}),
            Map.entry("11305", new double[] {37.632, 127.022}),
            Map.entry("11320", new double[] {37.667, 127.033}),
            Map.entry("11350", new double[] {37.632, 127.082}),
            Map.entry("11380", new double[] {37.616, 126.924}),
            Map.entry("11410", new double[] {37.579, 126.944}),
            Map.entry("11440", new double[] {37.557, 126.920}),
            Map.entry("11470", new double[] {37.523, 126.870}),
            Map.entry("11500", new double[] {37.561, 126.814}),
            Map.entry("11530", new double[] {37.498, 126.869}),
            Map.entry("11545", new double[] {37.466, 126.899}),
            Map.entry("11560", new double[] {37.523, 126.892}),
            Map.entry("11590", new double[] {37.496, 126.943}),
            Map.entry("11620", new double[] {37.474, 126.936}),
            Map.entry("11650", new double[] {37.466, 127.034}),
            Map.entry("11680", new double[] {37.489, 127.073}),
            Map.entry("11710", new double[] {37.500, 127.121}),
            Map.entry("11740", new double[] {37.552, 127.154}));

    private final RandomGenerator random;

    public SimulatedPlaces(RandomGenerator random) {
        this.random = random;
    }

    /** Bike stations, a few per district, with bikes available out of their racks. */
    public List<MapPoint> bikeStations(Instant at, double fillRatio) {
        List<MapPoint> stations = new ArrayList<>();
        for (SeoulDistrict district : SeoulDistrict.values()) {
            for (int n = 1; n <= 3; n++) {
                double[] position = near(district, n, 0.012);
                double racks = 10 + (n * 5);
                double bikes = Math.max(0, Math.min(racks, Math.round(racks * fillRatio + random.nextGaussian() * 3)));
                stations.add(new MapPoint(
                        MapLayer.BIKE_STATIONS,
                        "SIM-" + district.code() + "-" + n,
                        district.nameKo() + " 대여소 " + n,
                        position[0],
                        position[1],
                        bikes,
                        racks,
                        (int) bikes + "/" + (int) racks,
                        DisclosureClass.PUBLIC,
                        at));
            }
        }
        return stations;
    }

    /** Fixed facilities: one layer's worth of places, a given number per district. */
    public List<MapPoint> facilities(MapLayer layer, String namePattern, int perDistrict, Instant at) {
        List<MapPoint> places = new ArrayList<>();
        for (SeoulDistrict district : SeoulDistrict.values()) {
            for (int n = 1; n <= perDistrict; n++) {
                double[] position = near(district, n + 10 * layer.ordinal(), 0.015);
                places.add(new MapPoint(
                        layer,
                        "SIM-" + layer.name() + "-" + district.code() + "-" + n,
                        namePattern.formatted(district.nameKo(), n),
                        position[0],
                        position[1],
                        null,
                        null,
                        "",
                        DisclosureClass.PUBLIC,
                        at));
            }
        }
        return places;
    }

    /** A stable position near the district's centre: the same seed gives the same place on every start. */
    private static double[] near(SeoulDistrict district, int seed, double spread) {
        double[] centre = CENTRES.get(district.code());
        double angle = (district.code().hashCode() + seed * 2.39996) % (2 * Math.PI);
        double distance = spread * (0.35 + 0.65 * ((seed * 7919) % 100) / 100.0);
        return new double[] {centre[0] + Math.sin(angle) * distance * 0.8, centre[1] + Math.cos(angle) * distance};
    }
}
