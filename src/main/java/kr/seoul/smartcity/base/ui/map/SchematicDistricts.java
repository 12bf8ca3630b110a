package kr.seoul.smartcity.base.ui.map;

import java.util.EnumMap;
import java.util.Map;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A district map that needs no third-party geometry: Seoul's 25 districts as a tile cartogram, one hexagon of the
 * same size per district, each placed near the district's real centre. The tiles sit in ordinary longitude and
 * latitude around Seoul, so a map can show real points (a bike station at its real position) on top of them and
 * they land in or next to the right district.
 *
 * <p>The layout came from assigning the districts' centroids to the cells of a hexagonal grid with the smallest
 * total displacement (the 25 tiles cover about 550 km², Seoul about 605 km²), then moving 서초구 into the gap that
 * left between 동작구 and 강남구. Every tile centre lies within 4.5 km of its district's centroid. Seen from above
 * (pointy-top hexagons, every row shifted half a tile against the one above):
 *
 * <pre>
 *                             도봉
 *                         강북    노원
 *             은평    종로    성북    중랑
 * 강서    마포    서대문  중구    동대문
 *     양천    영등포  용산    성동    광진    강동
 *         구로    동작    서초    강남    송파
 *             금천    관악
 * </pre>
 */
public final class SchematicDistricts {

    /** Where the centre of tile (0, 0), 중구, lies. */
    static final double ORIGIN_LONGITUDE = 127.0;

    static final double ORIGIN_LATITUDE = 37.568;

    /** From a tile's centre to its corners. Neighbouring tiles' centres are {@code √3 ×} this apart. */
    public static final double TILE_RADIUS_KM = 2.9;

    static final double KM_PER_DEGREE_LATITUDE = 110.95;
    static final double KM_PER_DEGREE_LONGITUDE = 111.32 * Math.cos(Math.toRadians(ORIGIN_LATITUDE));

    /** Axial hexagon coordinates: {@code column} grows eastwards, {@code row} southwards. */
    private record Cell(int column, int row) {}

    private static final Map<SeoulDistrict, Cell> CELLS = new EnumMap<>(SeoulDistrict.class);

    static {
        cell(SeoulDistrict.DOBONG, 2, -3);
        cell(SeoulDistrict.GANGBUK, 1, -2);
        cell(SeoulDistrict.NOWON, 2, -2);
        cell(SeoulDistrict.EUNPYEONG, -1, -1);
        cell(SeoulDistrict.JONGNO, 0, -1);
        cell(SeoulDistrict.SEONGBUK, 1, -1);
        cell(SeoulDistrict.JUNGNANG, 2, -1);
        cell(SeoulDistrict.GANGSEO, -3, 0);
        cell(SeoulDistrict.MAPO, -2, 0);
        cell(SeoulDistrict.SEODAEMUN, -1, 0);
        cell(SeoulDistrict.JUNG, 0, 0);
        cell(SeoulDistrict.DONGDAEMUN, 1, 0);
        cell(SeoulDistrict.YANGCHEON, -3, 1);
        cell(SeoulDistrict.YEONGDEUNGPO, -2, 1);
        cell(SeoulDistrict.YONGSAN, -1, 1);
        cell(SeoulDistrict.SEONGDONG, 0, 1);
        cell(SeoulDistrict.GWANGJIN, 1, 1);
        cell(SeoulDistrict.GANGDONG, 2, 1);
        cell(SeoulDistrict.GURO, -3, 2);
        cell(SeoulDistrict.DONGJAK, -2, 2);
        cell(SeoulDistrict.SEOCHO, -1, 2);
        cell(SeoulDistrict.GANGNAM, 0, 2);
        cell(SeoulDistrict.SONGPA, 1, 2);
        cell(SeoulDistrict.GEUMCHEON, -3, 3);
        cell(SeoulDistrict.GWANAK, -2, 3);
    }

    private static void cell(SeoulDistrict district, int column, int row) {
        CELLS.put(district, new Cell(column, row));
    }

    /** A place in WGS84 degrees. */
    public record Position(double longitude, double latitude) {}

    private SchematicDistricts() {}

    /** Where the district's tile is centred. */
    public static Position centre(SeoulDistrict district) {
        Cell cell = CELLS.get(district);
        double eastKm = Math.sqrt(3) * TILE_RADIUS_KM * (cell.column() + cell.row() / 2.0);
        double northKm = -1.5 * TILE_RADIUS_KM * cell.row();
        return new Position(
                ORIGIN_LONGITUDE + eastKm / KM_PER_DEGREE_LONGITUDE,
                ORIGIN_LATITUDE + northKm / KM_PER_DEGREE_LATITUDE);
    }

    /**
     * The 25 tiles as a GeoJSON FeatureCollection of polygons, each with the properties {@code code} (five-digit
     * district code), {@code name} (Korean) and {@code nameEn}.
     */
    public static String featureCollection() {
        return toGeoJson().toString();
    }

    static ObjectNode toGeoJson() {
        JsonMapper json = JsonMapper.shared();
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (SeoulDistrict district : SeoulDistrict.values()) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties")
                    .put("code", district.code())
                    .put("name", district.nameKo())
                    .put("nameEn", district.nameEn());
            ArrayNode ring = feature.putObject("geometry")
                    .put("type", "Polygon")
                    .putArray("coordinates")
                    .addArray();
            Position centre = centre(district);
            // Pointy-top hexagon, corners counter-clockwise from the top (RFC 7946 wants exterior rings so).
            for (int corner = 0; corner <= 6; corner++) {
                double angle = Math.toRadians(90 + 60 * (corner % 6));
                ring.addArray()
                        .add(round(centre.longitude() + TILE_RADIUS_KM * Math.cos(angle) / KM_PER_DEGREE_LONGITUDE))
                        .add(round(centre.latitude() + TILE_RADIUS_KM * Math.sin(angle) / KM_PER_DEGREE_LATITUDE));
            }
        }
        return collection;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
