package kr.seoul.smartcity.base.ui.map;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The colours and value labels of the districts, as a {@link CityMap} sends them to the browser, made once and shown
 * by any number of maps: when thousands of open maps are recoloured at the same moment, each takes the same
 * prepared value instead of building its own (and Vaadin finds an unchanged one unchanged at once). Never changed
 * once made.
 */
public final class DistrictStyle {

    /**
     * The fill of a district (and every other graphic: tile edges, bars, legend swatches) at the normal, warning
     * and danger level: each at least 3:1 against the page and the map's background, and the map's black labels on
     * it at least 4.5:1 (WCAG 1.4.11, 1.4.3). The theme declares the same as {@code --city-level-*}.
     */
    public static final String NORMAL_FILL = "#3d8b40";

    public static final String WARNING_FILL = "#c77700";
    public static final String DANGER_FILL = "#e0412f";

    /** Plain fills and names only. */
    public static final DistrictStyle PLAIN = new DistrictStyle(Map.of(), Map.of());

    private final ObjectNode json;

    /**
     * @param colourByDistrictCode fill colours (CSS); districts left out keep the plain fill
     * @param labelByDistrictCode  a value label under the name ("41 µg/m³"); districts left out show their name only
     */
    public DistrictStyle(Map<String, String> colourByDistrictCode, Map<String, String> labelByDistrictCode) {
        json = JsonMapper.shared().createObjectNode();
        ObjectNode colours = json.putObject("colours");
        ObjectNode labels = json.putObject("labels");
        colourByDistrictCode.forEach(colours::put);
        labelByDistrictCode.forEach(labels::put);
    }

    /** What the map element's {@code choropleth} property takes; not to be changed. */
    ObjectNode json() {
        return json;
    }
}
