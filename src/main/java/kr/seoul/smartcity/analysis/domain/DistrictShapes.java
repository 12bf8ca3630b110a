package kr.seoul.smartcity.analysis.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** District outlines read from a GeoJSON FeatureCollection whose features carry their district's {@code code}. */
public final class DistrictShapes {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DistrictShapes() {}

    public static Map<String, Geometry> read(String featureCollection) {
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        for (JsonNode feature : JsonMapper.shared().readTree(featureCollection).path("features")) {
            String code = feature.path("properties").path("code").asString("");
            JsonNode geometry = feature.path("geometry");
            List<Polygon> polygons = new ArrayList<>();
            switch (geometry.path("type").asString("")) {
                case "Polygon" -> polygons.add(polygon(geometry.path("coordinates")));
                case "MultiPolygon" -> geometry.path("coordinates").forEach(rings -> polygons.add(polygon(rings)));
                default -> {}
            }
            if (!code.isEmpty() && !polygons.isEmpty()) {
                shapes.put(
                        code,
                        polygons.size() == 1
                                ? polygons.getFirst()
                                : GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)));
            }
        }
        return shapes;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[Math.max(0, rings.size() - 1)];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points) {
        List<Coordinate> coordinates = new ArrayList<>();
        points.forEach(point -> coordinates.add(
                new Coordinate(point.get(0).asDouble(), point.get(1).asDouble())));
        if (!coordinates.getFirst().equals2D(coordinates.getLast())) {
            coordinates.add(coordinates.getFirst());
        }
        return GEOMETRY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
