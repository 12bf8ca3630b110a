package kr.seoul.smartcity.citystatus.domain;

import org.springframework.modulith.NamedInterface;


/** Point layers of the map. */
@NamedInterface("model")
public enum MapLayer {
    BIKE_STATIONS, CCTV, SAFETY_FACILITIES, FLOOD_AREAS, HOTSPOTS;

    public String labelKey() {
        return "layer." + name().toLowerCase().replace('_', '-');
    }
}
