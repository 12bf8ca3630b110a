package kr.seoul.smartcity.citystatus.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** Point layers of the map. */
@NamedInterface("model")
public enum MapLayer implements Labelled {
    BIKE_STATIONS,
    CCTV,
    SAFETY_FACILITIES,
    FLOOD_AREAS,
    HOTSPOTS;

    @Override
    public String labelKey() {
        return "layer." + name().toLowerCase().replace('_', '-');
    }
}
