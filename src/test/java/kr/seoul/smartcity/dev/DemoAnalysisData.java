package kr.seoul.smartcity.dev;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.DatasetName;
import kr.seoul.smartcity.analysis.domain.DistrictShapes;
import kr.seoul.smartcity.analysis.domain.Place;
import kr.seoul.smartcity.analysis.service.AnalysisData;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.directory.domain.Role;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;

/**
 * Simulated inputs of the night bus and 119 analyses for the embedded default, labelled simulated wherever they are
 * used: night bus routes drawn between real places with a stop every 600 m or so, four fire stations or safety
 * centres in each district, and 800 dispatches whose arrival time grows with the distance from the nearest station;
 * five garages of taxis for the disabled and 600 calls that wait longer the farther they are from one.
 * The same every run (a fixed seed); a dataset already there is left as it is.
 */
@ConditionalOnProperty(name = "city.dev.demo-data", havingValue = "true", matchIfMissing = true)
@Order(90)
class DemoAnalysisData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAnalysisData.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String SIMULATED = "모의 자료 (내장 기본 설정)";

    /** Night bus routes by their real names, through places they pass near. */
    private static final Map<String, double[][]> ROUTES = Map.of(
            "N13", new double[][] {{37.6543, 127.0565}, {37.5887, 127.0180}, {37.5660, 126.9784}, {37.5133, 127.1001}},
            "N16", new double[][] {{37.6894, 127.0466}, {37.5714, 127.0094}, {37.5665, 126.9780}, {37.4925, 126.8254}},
            "N26", new double[][] {{37.6066, 127.0926}, {37.5729, 127.0165}, {37.5571, 126.9244}, {37.5582, 126.8370}},
            "N30", new double[][] {{37.5301, 127.1238}, {37.5400, 127.0700}, {37.5547, 126.9707}},
            "N37",
                    new double[][] {
                        {37.6372, 126.9187},
                        {37.5790, 126.9368},
                        {37.5296, 126.9648},
                        {37.5048, 127.0251},
                        {37.4979, 127.0276},
                        {37.5113, 127.0982}
                    },
            "N61",
                    new double[][] {
                        {37.5170, 126.8664},
                        {37.5263, 126.8964},
                        {37.5219, 126.9245},
                        {37.5759, 126.9768},
                        {37.6194, 127.0606},
                        {37.6543, 127.0565}
                    },
            "N62", new double[][] {{37.5170, 126.8664}, {37.5444, 126.9516}, {37.5612, 127.0373}, {37.5884, 127.0875}},
            "N15", new double[][] {{37.6620, 127.0120}, {37.5886, 127.0197}, {37.5413, 126.9713}, {37.4766, 126.9816}});

    private final AnalysisData data;
    private final DistrictGeometry geometry;

    DemoAnalysisData(AnalysisData data, DistrictGeometry geometry) {
        this.data = data;
        this.geometry = geometry;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (geometry.schematic() || data.dataset(DatasetName.TAXI_CALLS).isPresent()) {
            return;
        }
        Random random = new Random(21);
        Map<String, Geometry> districts = DistrictShapes.read(geometry.districtsGeoJson());
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        data.replace(
                "demo",
                Role.ADMIN,
                DatasetName.NIGHT_BUS_STOPS,
                SIMULATED + " · 서울시 버스노선별 정류소 위치정보의 모양",
                "https://data.seoul.go.kr",
                asOf,
                true,
                stops());
        List<DataPoint> stations = new ArrayList<>();
        districts.forEach((code, shape) -> {
            Coordinate inside = shape.getInteriorPoint().getCoordinate();
            stations.add(new DataPoint(code + " 소방서", new Place(inside.y, inside.x), null, code));
            for (int i = 1; i <= 3; i++) {
                stations.add(new DataPoint(code + " 119안전센터 " + i, pointIn(shape, random), null, code));
            }
        });
        data.replace(
                "demo",
                Role.ADMIN,
                DatasetName.FIRE_STATIONS,
                SIMULATED + " · 소방서·119안전센터 위치의 모양",
                "https://www.data.go.kr",
                asOf,
                true,
                stations);
        List<String> codes = districts.keySet().stream().sorted().toList();
        List<DataPoint> dispatches = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            Place scene = pointIn(districts.get(code), random);
            double nearest = stations.stream()
                    .mapToDouble(s -> s.place().metresTo(scene))
                    .min()
                    .orElse(0);
            double minutes =
                    2.5 + nearest / 1000 * 1.4 / 25 * 60 + random.nextDouble() * 2 + (random.nextInt(10) == 0 ? 3 : 0);
            dispatches.add(new DataPoint("출동 " + (i + 1), scene, Math.round(minutes * 10) / 10.0, code));
        }
        data.replace(
                "demo",
                Role.ADMIN,
                DatasetName.FIRE_DISPATCHES,
                SIMULATED + " · 119 구급출동 기록의 모양",
                "https://www.data.go.kr",
                asOf,
                true,
                dispatches);
        List<DataPoint> garages = List.of(
                new DataPoint("도봉 차고지", new Place(37.6688, 127.0471), null, "11320"),
                new DataPoint("강서 차고지", new Place(37.5610, 126.8225), null, "11500"),
                new DataPoint("송파 차고지", new Place(37.4947, 127.1227), null, "11710"),
                new DataPoint("성동 차고지", new Place(37.5506, 127.0409), null, "11200"),
                new DataPoint("금천 차고지", new Place(37.4600, 126.8955), null, "11545"));
        data.replace(
                "demo",
                Role.ADMIN,
                DatasetName.TAXI_GARAGES,
                SIMULATED + " · 서울시설공단 장애인콜택시 차고지의 모양",
                "https://data.seoul.go.kr",
                asOf,
                true,
                garages);
        List<DataPoint> calls = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            Place from = pointIn(districts.get(code), random);
            double nearest = garages.stream()
                    .mapToDouble(g -> g.place().metresTo(from))
                    .min()
                    .orElse(0);
            double minutes = 15 + nearest / 1000 / 20 * 60 + random.nextDouble() * 25;
            calls.add(new DataPoint("호출 " + (i + 1), from, Math.round(minutes * 10) / 10.0, code));
        }
        data.replace(
                "demo",
                Role.ADMIN,
                DatasetName.TAXI_CALLS,
                SIMULATED + " · 장애인콜택시 이용 기록의 모양",
                "https://data.seoul.go.kr",
                asOf,
                true,
                calls);
        log.info(
                "Demo analysis data: {} night bus stops, {} stations, {} dispatches, {} garages, {} taxi calls",
                stops().size(),
                stations.size(),
                dispatches.size(),
                garages.size(),
                calls.size());
    }

    private static List<DataPoint> stops() {
        List<DataPoint> stops = new ArrayList<>();
        ROUTES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(route -> {
            double[][] through = route.getValue();
            for (int leg = 0; leg + 1 < through.length; leg++) {
                Place from = new Place(through[leg][0], through[leg][1]);
                Place to = new Place(through[leg + 1][0], through[leg + 1][1]);
                int steps = Math.max(1, (int) Math.round(from.metresTo(to) / 600));
                for (int step = 0; step < steps; step++) {
                    double t = (double) step / steps;
                    stops.add(new DataPoint(
                            route.getKey(),
                            new Place(
                                    from.latitude() + (to.latitude() - from.latitude()) * t,
                                    from.longitude() + (to.longitude() - from.longitude()) * t),
                            null,
                            null));
                }
            }
        });
        return stops;
    }

    private static Place pointIn(Geometry shape, Random random) {
        Envelope box = shape.getEnvelopeInternal();
        while (true) {
            double x = box.getMinX() + random.nextDouble() * box.getWidth();
            double y = box.getMinY() + random.nextDouble() * box.getHeight();
            if (shape.contains(GEOMETRY.createPoint(new Coordinate(x, y)))) {
                return new Place(y, x);
            }
        }
    }
}
