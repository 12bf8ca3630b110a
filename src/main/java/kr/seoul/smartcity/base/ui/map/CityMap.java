package kr.seoul.smartcity.base.ui.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seoul's districts on a map drawn in the browser by Leaflet, with no background tiles (none are reachable from
 * everywhere this runs): district outlines in a plain style with their names, fill colours and value labels per
 * district (a choropleth), layers of small circle markers, and a highlighted district. The map fills its
 * container, whose CSS height the caller gives ({@link #setHeight(String)}; 360 pixels by default), and fits the
 * districts into it whenever its size changes.
 *
 * <p>Every setter may be called again while the map is shown (for example from a server push): the map restyles
 * or redraws the changed layer, it is not rebuilt. On phones one finger scrolls the page and two fingers move and
 * zoom the map; the mouse wheel never zooms it.
 */
@Tag("city-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./components/city-map.js")
public class CityMap extends Component implements HasSize, HasStyle, HasAriaLabel {

    /** Boundaries already checked: every dashboard sets the same ones, and the check reads the whole text. */
    private static final Map<String, Boolean> CHECKED = new WeakHashMap<>();

    /** A point to show: a small circle in {@code colour} (CSS) with {@code label} as its tooltip. */
    public record MapMarker(String id, double latitude, double longitude, String label, String colour) {
        public MapMarker {
            Objects.requireNonNull(id, "id");
            label = Objects.requireNonNullElse(label, "");
            colour = colour == null || colour.isBlank() ? "#0b3d91" : colour;
        }
    }

    private final Map<String, List<MapMarker>> layers = new LinkedHashMap<>();
    private @Nullable Element attribution;

    public CityMap() {
        addClassName("city-map");
        getElement().setAttribute("role", "region");
    }

    /**
     * The districts to draw: a GeoJSON FeatureCollection whose features carry {@code code} (five-digit district
     * code) and {@code name}, such as {@code DistrictGeometry.districtsGeoJson()}.
     *
     * @throws IllegalArgumentException if it is not a FeatureCollection
     */
    public void setDistricts(String geoJson) {
        checkFeatureCollection(geoJson);
        // sent as text, so that every UI showing the same boundaries keeps a reference to one string rather than a
        // JSON tree of its own (the real boundaries are megabytes); the element parses it
        getElement().setProperty("districts", geoJson);
    }

    private static void checkFeatureCollection(String geoJson) {
        synchronized (CHECKED) {
            if (CHECKED.containsKey(geoJson)) {
                return;
            }
        }
        JsonNode tree;
        try {
            tree = JsonMapper.shared().readTree(geoJson);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("districts are not valid JSON", e);
        }
        if (!(tree instanceof ObjectNode)
                || !"FeatureCollection".equals(tree.path("type").asString(null))
                || !tree.path("features").isArray()) {
            throw new IllegalArgumentException("districts must be a GeoJSON FeatureCollection");
        }
        synchronized (CHECKED) {
            CHECKED.put(geoJson, Boolean.TRUE);
        }
    }

    /**
     * Fills districts with colours and shows a value label under each name ("41 µg/m³"). Districts missing from
     * {@code colourByDistrictCode} keep the plain fill; missing from {@code labelByDistrictCode}, just their name.
     * Replaces the previous choropleth; only restyles the map.
     */
    public void setChoropleth(Map<String, String> colourByDistrictCode, Map<String, String> labelByDistrictCode) {
        setChoropleth(new DistrictStyle(
                colourByDistrictCode == null ? Map.of() : colourByDistrictCode,
                labelByDistrictCode == null ? Map.of() : labelByDistrictCode));
    }

    /** As {@link #setChoropleth(Map, Map)}, with colours and labels prepared once for many maps. */
    public void setChoropleth(DistrictStyle style) {
        getElement().setPropertyJson("choropleth", style.json());
    }

    /** Back to plain fills and names only. */
    public void clearChoropleth() {
        setChoropleth(DistrictStyle.PLAIN);
    }

    /**
     * Who made the boundaries drawn, in a corner of the map ("지도 경계: …"), as their licence may require; set as text.
     * {@code null} or blank: none.
     */
    public void setAttribution(@Nullable String text) {
        if (text == null || text.isBlank()) {
            if (attribution != null) {
                attribution.removeFromParent();
                attribution = null;
            }
            return;
        }
        if (attribution == null) {
            attribution = new Element("div");
            attribution.setAttribute("class", "city-map-attribution");
            getElement().appendChild(attribution);
        }
        attribution.setText(text);
    }

    /** Which feature property names a district on the map: {@code name} (Korean, the default) or {@code nameEn}. */
    public void setNameProperty(String property) {
        getElement().setProperty("nameKey", property);
    }

    /** Outlines one district more strongly; {@code null} highlights none. */
    public void setSelectedDistrict(@Nullable String districtCode) {
        if (districtCode == null || districtCode.isBlank()) {
            getElement().removeProperty("selected");
        } else {
            getElement().setProperty("selected", districtCode);
        }
    }

    /** Shows these markers as the layer of that name, replacing what the layer showed before. */
    public void setPoints(String layerName, List<MapMarker> markers) {
        layers.put(Objects.requireNonNull(layerName, "layerName"), List.copyOf(markers));
        sendLayers();
    }

    /** Removes the layer of that name. */
    public void clearPoints(String layerName) {
        if (layers.remove(layerName) != null) {
            sendLayers();
        }
    }

    /** Called with the district's code when someone clicks or taps a district (or presses Enter on it). */
    public Registration addDistrictClickListener(SerializableConsumer<String> listener) {
        return getElement()
                .addEventListener(
                        "district-click",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.code").asString()))
                .addEventData("event.detail.code");
    }

    /** Called with the layer name and the marker's id when someone clicks or taps a marker. */
    public Registration addMarkerClickListener(SerializableBiConsumer<String, String> listener) {
        return getElement()
                .addEventListener(
                        "marker-click",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.layer").asString(),
                                event.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.layer")
                .addEventData("event.detail.id");
    }

    private void sendLayers() {
        ObjectNode all = JsonMapper.shared().createObjectNode();
        layers.forEach((name, markers) -> {
            var array = all.putArray(name);
            markers.forEach(marker -> array.addObject()
                    .put("id", marker.id())
                    .put("lat", marker.latitude())
                    .put("lon", marker.longitude())
                    .put("label", marker.label())
                    .put("colour", marker.colour()));
        });
        getElement().setPropertyJson("layers", all);
    }
}
