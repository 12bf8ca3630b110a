package kr.seoul.smartcity.base.geo;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.ui.map.SchematicDistricts;
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
 * The district boundaries that maps draw: the GeoJSON that {@code city.geo.districts} points at, or, when that is
 * unset or cannot be used, the built-in {@link SchematicDistricts schematic map}. Loaded once, at start-up.
 *
 * <p>Whatever the source, every feature comes out with the properties {@code code} (five-digit district code),
 * {@code name} (Korean) and {@code nameEn}, and nothing else; features of no Seoul district are dropped and
 * coordinates are rounded to about a metre, which keeps what goes to the browser small.
 */
@Component
public class DistrictGeometry {

    private static final Logger log = LoggerFactory.getLogger(DistrictGeometry.class);

    private final String geoJson;
    private final boolean schematic;
    private final @Nullable String attribution;

    public DistrictGeometry(GeoProperties properties) {
        String location = properties.districts();
        String loaded = null;
        if (properties.style() == GeoProperties.MapStyle.SCHEMATIC) {
            log.info("city.geo.style=schematic: maps show the schematic district map");
        } else if (location == null || location.isBlank()) {
            log.info("city.geo.districts is not set: maps show the schematic district map");
        } else {
            try {
                loaded = load(location.strip());
                log.info("District boundaries loaded from {}", location);
            } catch (IOException | JacksonException | IllegalArgumentException e) {
                log.warn(
                        "Cannot use the district boundaries at city.geo.districts={} ({}); maps show the schematic "
                                + "district map instead",
                        location,
                        GeoJsonFiles.reason(e));
            }
        }
        this.schematic = loaded == null;
        this.geoJson = schematic ? SchematicDistricts.featureCollection() : loaded;
        this.attribution = schematic
                        || properties.attribution() == null
                        || properties.attribution().isBlank()
                ? null
                : properties.attribution().strip();
    }

    /** A GeoJSON FeatureCollection of the districts, with {@code code}, {@code name} and {@code nameEn}. */
    public String districtsGeoJson() {
        return geoJson;
    }

    /** Whether {@link #districtsGeoJson()} is the schematic tile map rather than real boundaries. */
    public boolean schematic() {
        return schematic;
    }

    /** Who made the boundaries drawn, to be shown with every map that draws them; none for the schematic map. */
    public Optional<String> attribution() {
        return Optional.ofNullable(attribution);
    }

    private static String load(String location) throws IOException {
        return normalise(JsonMapper.shared().readTree(GeoJsonFiles.read(location)))
                .toString();
    }

    /** Keeps the features of Seoul's districts, with normalised properties and rounded coordinates. */
    static ObjectNode normalise(JsonNode source) {
        if (!"FeatureCollection".equals(source.path("type").asString(null))
                || !source.path("features").isArray()) {
            throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
        }
        ObjectNode collection = JsonMapper.shared().createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        Set<SeoulDistrict> found = EnumSet.noneOf(SeoulDistrict.class);
        for (JsonNode feature : source.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = GeoJsonFiles.text(properties, "code", "SIG_CD");
            SeoulDistrict district =
                    code == null ? null : SeoulDistrict.byCode(code).orElse(null);
            if (district == null || !feature.path("geometry").isObject()) {
                continue;
            }
            found.add(district);
            ObjectNode normalised = features.addObject().put("type", "Feature");
            normalised
                    .putObject("properties")
                    .put("code", district.code())
                    .put("name", district.nameKo())
                    .put("nameEn", district.nameEn());
            ObjectNode geometry = (ObjectNode) feature.get("geometry").deepCopy();
            if (geometry.has("coordinates")) {
                geometry.set("coordinates", GeoJsonFiles.rounded(geometry.get("coordinates")));
            }
            normalised.set("geometry", geometry);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no feature carries a Seoul district code in SIG_CD or code");
        }
        if (found.size() < SeoulDistrict.values().length) {
            Set<SeoulDistrict> missing = EnumSet.complementOf(EnumSet.copyOf(found));
            log.warn("The district boundaries lack {} of Seoul's 25 districts: {}", missing.size(), missing);
        }
        return collection;
    }
}
