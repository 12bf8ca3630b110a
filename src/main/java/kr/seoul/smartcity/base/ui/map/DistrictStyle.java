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
