package kr.seoul.smartcity.base.ui.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.map.SchematicDistricts.Position;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SchematicDistrictsTest {

    /** Approximate centroids of the real districts (longitude, latitude). */
    private static final Map<SeoulDistrict, Position> CENTROIDS = Map.ofEntries(
            Map.entry(SeoulDistrict.DOBONG, new Position(127.033, 37.667)),
            Map.entry(SeoulDistrict.EUNPYEONG, new Position(126.924, 37.616)),
            Map.entry(SeoulDistrict.DONGDAEMUN, new Position(127.053, 37.589)),
            Map.entry(SeoulDistrict.DONGJAK, new Position(126.943, 37.496)),
            Map.entry(SeoulDistrict.GEUMCHEON, new Position(126.899, 37.466)),
            Map.entry(SeoulDistrict.GURO, new Position(126.869, 37.498)),
            Map.entry(SeoulDistrict.JONGNO, new Position(126.996, 37.591)),
            Map.entry(SeoulDistrict.GANGBUK, new Position(127.022, 37.632)),
            Map.entry(SeoulDistrict.JUNGNANG, new Position(127.087, 37.607)),
            Map.entry(SeoulDistrict.GANGNAM, new Position(127.073, 37.489)),
            Map.entry(SeoulDistrict.GANGSEO, new Position(126.814, 37.561)),
            Map.entry(SeoulDistrict.JUNG, new Position(126.99, 37.558)),
            Map.entry(SeoulDistrict.GANGDONG, new Position(127.154, 37.552)),
            Map.entry(SeoulDistrict.GWANGJIN, new Position(127.09, 37.552)),
            Map.entry(SeoulDistrict.MAPO, new Position(126.92, 37.557)),
            Map.entry(SeoulDistrict.GWANAK, new Position(126.936, 37.474)),
            Map.entry(SeoulDistrict.SEOCHO, new Position(127.034, 37.466)),
            Map.entry(SeoulDistrict.SEONGBUK, new Position(127.022, 37.6)),
            Map.entry(SeoulDistrict.NOWON, new Position(127.082, 37.632)),
            Map.entry(SeoulDistrict.SONGPA, new Position(127.121, 37.5)),
            Map.entry(SeoulDistrict.SEONGDONG, new Position(127.031, 37.553)),
            Map.entry(SeoulDistrict.SEODAEMUN, new Position(126.944, 37.579)),
            Map.entry(SeoulDistrict.YANGCHEON, new Position(126.87, 37.523)),
            Map.entry(SeoulDistrict.YEONGDEUNGPO, new Position(126.892, 37.523)),
            Map.entry(SeoulDistrict.YONGSAN, new Position(126.98, 37.538)));

    private final JsonNode collection = JsonMapper.shared().readTree(SchematicDistricts.featureCollection());

    @Test
    void isAFeatureCollectionOfTwentyFiveDistrictsWithUniqueCodesAndNames() {
        assertThat(collection.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.path("features")).hasSize(25);
        Set<String> codes = new HashSet<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            SeoulDistrict district =
                    SeoulDistrict.byCode(properties.path("code").asString()).orElseThrow();
            assertThat(codes.add(district.code()))
                    .as("unique code %s", district.code())
                    .isTrue();
            assertThat(properties.path("name").asString()).isEqualTo(district.nameKo());
            assertThat(properties.path("nameEn").asString()).isEqualTo(district.nameEn());
        }
        assertThat(codes).hasSize(SeoulDistrict.values().length);
    }

    @Test
    void everyTileIsAClosedCounterClockwiseHexagonAroundItsCentre() {
        for (JsonNode feature : collection.path("features")) {
            SeoulDistrict district = SeoulDistrict.byCode(
                            feature.path("properties").path("code").asString())
                    .orElseThrow();
            JsonNode geometry = feature.path("geometry");
            assertThat(geometry.path("type").asString()).isEqualTo("Polygon");
            JsonNode ring = geometry.path("coordinates").get(0);
            assertThat(ring).hasSize(7);
            assertThat(ring.get(6).get(0).asDouble())
                    .isEqualTo(ring.get(0).get(0).asDouble());
            assertThat(ring.get(6).get(1).asDouble())
                    .isEqualTo(ring.get(0).get(1).asDouble());
            assertThat(signedArea(ring)).as("counter-clockwise").isPositive();
            Position centre = SchematicDistricts.centre(district);
            for (int corner = 0; corner < 6; corner++) {
                assertThat(distanceKm(centre, position(ring.get(corner))))
                        .isCloseTo(SchematicDistricts.TILE_RADIUS_KM, within(0.01));
            }
        }
    }

    @Test
    void noTwoTilesOverlap() {
        // Hexagons of one size overlap exactly when their centres are closer than the inner diameter.
        double innerDiameter = Math.sqrt(3) * SchematicDistricts.TILE_RADIUS_KM;
        List<SeoulDistrict> districts = List.of(SeoulDistrict.values());
        List<String> overlapping = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            for (int j = i + 1; j < districts.size(); j++) {
                double distance = distanceKm(
                        SchematicDistricts.centre(districts.get(i)), SchematicDistricts.centre(districts.get(j)));
                if (distance < innerDiameter - 1e-6) {
                    overlapping.add(districts.get(i) + "/" + districts.get(j));
                }
            }
        }
        assertThat(overlapping).isEmpty();
    }

    @Test
    void everyTileLiesNearItsRealDistrictSoThatRealPointsLandRoughlyRight() {
        for (SeoulDistrict district : SeoulDistrict.values()) {
            assertThat(distanceKm(SchematicDistricts.centre(district), CENTROIDS.get(district)))
                    .as(district.nameKo())
                    .isLessThan(4.5);
        }
        // most real centroids fall into their own tile (the nearest tile centre is their own)
        long ownTile = CENTROIDS.entrySet().stream()
                .filter(entry -> nearestTile(entry.getValue()) == entry.getKey())
                .count();
        assertThat(ownTile).isGreaterThanOrEqualTo(20);
    }

    @Test
    void tilesAreContiguousWithEveryDistrictTouchingAnother() {
        double neighbourDistance = Math.sqrt(3) * SchematicDistricts.TILE_RADIUS_KM;
        for (SeoulDistrict district : SeoulDistrict.values()) {
            boolean hasNeighbour = false;
            for (SeoulDistrict other : SeoulDistrict.values()) {
                if (other != district
                        && distanceKm(SchematicDistricts.centre(district), SchematicDistricts.centre(other))
                                < neighbourDistance + 0.01) {
                    hasNeighbour = true;
                }
            }
            assertThat(hasNeighbour).as(district.nameKo()).isTrue();
        }
    }

    private static SeoulDistrict nearestTile(Position point) {
        SeoulDistrict nearest = null;
        double best = Double.MAX_VALUE;
        for (SeoulDistrict district : SeoulDistrict.values()) {
            double distance = distanceKm(point, SchematicDistricts.centre(district));
            if (distance < best) {
                best = distance;
                nearest = district;
            }
        }
        return nearest;
    }

    private static Position position(JsonNode coordinate) {
        return new Position(coordinate.get(0).asDouble(), coordinate.get(1).asDouble());
    }

    private static double distanceKm(Position a, Position b) {
        double east = (a.longitude() - b.longitude()) * SchematicDistricts.KM_PER_DEGREE_LONGITUDE;
        double north = (a.latitude() - b.latitude()) * SchematicDistricts.KM_PER_DEGREE_LATITUDE;
        return Math.hypot(east, north);
    }

    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            sum += ring.get(i).get(0).asDouble() * ring.get(i + 1).get(1).asDouble()
                    - ring.get(i + 1).get(0).asDouble() * ring.get(i).get(1).asDouble();
        }
        return sum / 2;
    }
}
