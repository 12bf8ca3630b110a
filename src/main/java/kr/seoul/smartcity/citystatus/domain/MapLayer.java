package kr.seoul.smartcity.citystatus.domain;

/** Point layers of the map. */
public enum MapLayer {
    BIKE_STATIONS, CCTV, SAFETY_FACILITIES, FLOOD_AREAS, HOTSPOTS;

    public String labelKey() {
        return "layer." + name().toLowerCase().replace('_', '-');
    }
}
