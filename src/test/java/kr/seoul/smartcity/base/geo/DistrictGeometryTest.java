package kr.seoul.smartcity.base.geo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.map.SchematicDistricts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class DistrictGeometryTest {

    /** Shared data outside the repository (see /work/shared/data/geo/README.md), relative to the project. */
    private static final String BOUNDARIES = "../shared/data/geo/juso_2015_json_seoul_municipalities_geo_simple.json";

    @Test
    void readsRealBoundariesAndNormalisesTheirProperties() {
        DistrictGeometry geometry = new DistrictGeometry(new GeoProperties(BOUNDARIES));

        assertThat(geometry.schematic()).isFalse();
        JsonNode collection = JsonMapper.shared().readTree(geometry.districtsGeoJson());
        assertThat(collection.path("features")).hasSize(25);
        Set<String> codes = new HashSet<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            SeoulDistrict district =
                    SeoulDistrict.byCode(properties.path("code").asString()).orElseThrow();
            codes.add(district.code());
            assertThat(properties.path("name").asString()).isEqualTo(district.nameKo());
            assertThat(properties.path("nameEn").asString()).isEqualTo(district.nameEn());
            assertThat(properties.propertyNames()).containsExactlyInAnyOrder("code", "name", "nameEn");
            assertThat(feature.path("geometry").path("type").asString()).isIn("Polygon", "MultiPolygon");
        }
        assertThat(codes).hasSize(25);
    }

    @Test
    void roundsCoordinatesToKeepThePayloadSmall() throws IOException {
        DistrictGeometry geometry = new DistrictGeometry(new GeoProperties(BOUNDARIES));

        long original = Files.size(Path.of(BOUNDARIES));
        assertThat((long) geometry.districtsGeoJson().length()).isLessThan(original * 2 / 3);
        JsonNode first = JsonMapper.shared()
                .readTree(geometry.districtsGeoJson())
                .path("features")
                .get(0)
                .path("geometry")
                .path("coordinates")
                .get(0)
                .get(0);
        double longitude = first.get(0).asDouble();
        assertThat(Math.abs(longitude * 1e5 - Math.round(longitude * 1e5))).isLessThan(1e-6);
        assertThat(longitude).isBetween(126.7, 127.3);
    }

    @Test
    void theBundledBoundariesDrawEveryDistrictWithTheirAttribution() {
        DistrictGeometry geometry = new DistrictGeometry(new GeoProperties(
                "classpath:geo/seoul-districts.geojson",
                GeoProperties.MapStyle.BOUNDARIES,
                "JUSO 2015 via southkorea/seoul-maps, Apache-2.0"));

        assertThat(geometry.schematic()).isFalse();
        JsonNode features =
                JsonMapper.shared().readTree(geometry.districtsGeoJson()).path("features");
        Set<String> codes = new HashSet<>();
        features.forEach(
                feature -> codes.add(feature.path("properties").path("code").asString()));
        assertThat(codes)
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(SeoulDistrict.values())
                        .map(SeoulDistrict::code)
                        .toList());
        assertThat(geometry.districtsGeoJson().length())
                .as("small enough for every map's first render")
                .isLessThan(45_000);
        assertThat(geometry.attribution()).contains("JUSO 2015 via southkorea/seoul-maps, Apache-2.0");
    }

    @Test
    void theSchematicStyleDrawsHexagonsWithoutAnAttribution() {
        DistrictGeometry geometry = new DistrictGeometry(new GeoProperties(
                "classpath:geo/seoul-districts.geojson",
                GeoProperties.MapStyle.SCHEMATIC,
                "JUSO 2015 via southkorea/seoul-maps, Apache-2.0"));

        assertThat(geometry.schematic()).isTrue();
        assertThat(geometry.districtsGeoJson()).isEqualTo(SchematicDistricts.featureCollection());
        assertThat(geometry.attribution()).isEmpty();
    }

    @Test
    void fallsBackToTheSchematicMapWhenTheFileIsMissing() {
        DistrictGeometry geometry = new DistrictGeometry(new GeoProperties("../shared/data/geo/no-such-file.json"));

        assertThat(geometry.schematic()).isTrue();
        assertThat(geometry.districtsGeoJson()).isEqualTo(SchematicDistricts.featureCollection());
    }

    @Test
    void usesTheSchematicMapWhenNothingIsConfigured() {
        assertThat(new DistrictGeometry(new GeoProperties(null)).schematic()).isTrue();
        assertThat(new DistrictGeometry(new GeoProperties(" ")).schematic()).isTrue();
    }

    @Test
    void fallsBackWhenTheFileIsNoDistrictFeatureCollection(@TempDir Path dir) throws IOException {
        Path notGeoJson = Files.writeString(dir.resolve("broken.json"), "{\"type\": \"Feature");
        Path noDistricts = Files.writeString(dir.resolve("other.json"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"SIG_CD": "26110"},
                   "geometry": {"type": "Point", "coordinates": [129.03, 35.1]}}]}
                """);

        assertThat(new DistrictGeometry(new GeoProperties(notGeoJson.toString())).schematic())
                .isTrue();
        assertThat(new DistrictGeometry(new GeoProperties(noDistricts.toString())).schematic())
                .isTrue();
    }

    @Test
    void acceptsAlreadyNormalisedPropertiesAndKeepsOnlySeoulDistricts(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("two.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"code": "11110", "name": "x", "population": 1},
                   "geometry": {"type": "Polygon", "coordinates": [[[126.9, 37.5], [127.0, 37.5], [127.0, 37.6],
                     [126.9, 37.5]]]}},
                  {"type": "Feature", "properties": {"code": "99999"},
                   "geometry": {"type": "Polygon", "coordinates": [[[126.9, 37.5], [127.0, 37.5], [127.0, 37.6],
                     [126.9, 37.5]]]}}]}
                """);

        DistrictGeometry geometry =
                new DistrictGeometry(new GeoProperties(file.toUri().toString()));

        assertThat(geometry.schematic()).isFalse();
        JsonNode features =
                JsonMapper.shared().readTree(geometry.districtsGeoJson()).path("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).path("properties").path("name").asString()).isEqualTo("종로구");
    }

    @Test
    void downloadsBoundariesFromAUrl() throws IOException {
        byte[] body = Files.readAllBytes(Path.of(BOUNDARIES));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/seoul.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            DistrictGeometry geometry = new DistrictGeometry(new GeoProperties(base + "/seoul.json"));
            DistrictGeometry missing = new DistrictGeometry(new GeoProperties(base + "/missing.json"));

            assertThat(geometry.schematic()).isFalse();
            assertThat(new String(body, StandardCharsets.UTF_8)).contains("SIG_CD");
            assertThat(geometry.districtsGeoJson()).doesNotContain("SIG_CD").contains("\"code\":\"11110\"");
            assertThat(missing.schematic()).isTrue();
        } finally {
            server.stop(0);
        }
    }
}
