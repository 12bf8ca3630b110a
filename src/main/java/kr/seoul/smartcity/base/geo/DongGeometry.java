package kr.seoul.smartcity.base.geo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The administrative dongs (행정동) of each district, for a district's map to drill down into: loaded once from
 * {@code city.geo.dongs.location} when it is set and an attribution is given, else absent. Every dong comes out with
 * {@code code}, {@code name} and {@code nameEn} (the Korean name: dongs have no official English one), as the maps
 * expect of the districts.
 */
@Component
public class DongGeometry {

    private static final Logger log = LoggerFactory.getLogger(DongGeometry.class);

    /** One dong: its code and name, for the list that is the map's text alternative. */
    public record Dong(String code, String name) {}

    private final Map<String, String> geoJsonByDistrict;
    private final Map<String, List<Dong>> dongsByDistrict;
    private final @Nullable String attribution;

    public DongGeometry(DongProperties properties) {
        Map<String, String> shapes = Map.of();
        Map<String, List<Dong>> names = Map.of();
        String location = properties.location();
        String credit =
                properties.attribution() == null ? "" : properties.attribution().strip();
        if (location != null && !location.isBlank()) {
            if (credit.isEmpty()) {
                log.warn("city.geo.dongs.location is set but city.geo.dongs.attribution is not: the dong boundaries "
                        + "are not shown without the attribution their licence asks for");
            } else {
                try {
                    Grouped grouped = group(JsonMapper.shared().readTree(GeoJsonFiles.read(location.strip())));
                    shapes = grouped.geoJson();
                    names = grouped.dongs();
                    log.info("Dong boundaries of {} districts loaded from {}", shapes.size(), location);
                } catch (IOException | JacksonException | IllegalArgumentException e) {
                    log.warn(
                            "Cannot use the dong boundaries at city.geo.dongs.location={} ({}); districts are shown "
                                    + "without their dongs",
                            location,
                            GeoJsonFiles.reason(e));
                }
            }
        }
        this.geoJsonByDistrict = shapes;
        this.dongsByDistrict = names;
        this.attribution = shapes.isEmpty() ? null : credit;
    }

    /** The district's dongs as a GeoJSON FeatureCollection, if the layer is loaded and has them. */
    public Optional<String> geoJson(String districtCode) {
        return Optional.ofNullable(geoJsonByDistrict.get(districtCode));
    }

    /** The district's dongs by name, in Korean order; empty without the layer. */
    public List<Dong> dongs(String districtCode) {
        return dongsByDistrict.getOrDefault(districtCode, List.of());
    }

    /** Who made the dong boundaries, to be shown with every map that draws them; present whenever the layer is. */
    public Optional<String> attribution() {
        return Optional.ofNullable(attribution);
    }

    private record Grouped(Map<String, String> geoJson, Map<String, List<Dong>> dongs) {}

    static Grouped group(JsonNode source) {
        if (!"FeatureCollection".equals(source.path("type").asString(null))
                || !source.path("features").isArray()) {
            throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
        }
        Map<String, ArrayNode> features = new HashMap<>();
        Map<String, List<Dong>> dongs = new HashMap<>();
        for (JsonNode feature : source.path("features")) {
            JsonNode properties = feature.path("properties");
            String district = GeoJsonFiles.text(properties, "sgg", "district");
            String code = GeoJsonFiles.text(properties, "adm_cd", "code");
            String fullName = GeoJsonFiles.text(properties, "adm_nm", "name");
            if (district == null
                    || SeoulDistrict.byCode(district).isEmpty()
                    || code == null
                    || fullName == null
                    || !feature.path("geometry").isObject()) {
                continue;
            }
            String name = fullName.substring(fullName.lastIndexOf(' ') + 1);
            ObjectNode shape = features.computeIfAbsent(
                            district, d -> JsonMapper.shared().createArrayNode())
                    .addObject()
                    .put("type", "Feature");
            shape.putObject("properties").put("code", code).put("name", name).put("nameEn", name);
            ObjectNode geometry = (ObjectNode) feature.get("geometry").deepCopy();
            if (geometry.has("coordinates")) {
                geometry.set("coordinates", GeoJsonFiles.rounded(geometry.get("coordinates")));
            }
            shape.set("geometry", geometry);
            dongs.computeIfAbsent(district, d -> new ArrayList<>()).add(new Dong(code, name));
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException("no feature carries a dong of a Seoul district (sgg, adm_cd, adm_nm)");
        }
        Map<String, String> geoJson = new HashMap<>();
        features.forEach((district, list) -> {
            ObjectNode collection = JsonMapper.shared().createObjectNode().put("type", "FeatureCollection");
            collection.set("features", list);
            geoJson.put(district, collection.toString());
        });
        Map<String, List<Dong>> sorted = new HashMap<>();
        dongs.forEach((district, list) -> sorted.put(
                district, list.stream().sorted(Comparator.comparing(Dong::name)).toList()));
        return new Grouped(Map.copyOf(geoJson), Map.copyOf(sorted));
    }
}
