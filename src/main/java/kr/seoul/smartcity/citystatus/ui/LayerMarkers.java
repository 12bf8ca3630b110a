package kr.seoul.smartcity.citystatus.ui;

import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.citystatus.domain.MapPoint;

/** A point of a map layer as a marker: its name and label, in the layer's colour (bike stations by bikes left). */
final class LayerMarkers {

    private LayerMarkers() {}

    static CityMap.MapMarker marker(MapPoint point) {
        String label = point.name() + (point.label().isEmpty() ? "" : " · " + point.label());
        return new CityMap.MapMarker(point.externalId(), point.latitude(), point.longitude(), label, colour(point));
    }

    private static String colour(MapPoint point) {
        return switch (point.layer()) {
            case BIKE_STATIONS -> {
                double ratio = point.capacity() == null || point.capacity() == 0 || point.value() == null
                        ? 0
                        : point.value() / point.capacity();
                yield ratio == 0 ? "#d32f2f" : ratio < 0.3 ? "#f2a33a" : "#2e7d32";
            }
            case CCTV -> "#5e35b1";
            case SAFETY_FACILITIES -> "#c62828";
            case FLOOD_AREAS -> "#0277bd";
            case HOTSPOTS -> "#ef6c00";
        };
    }
}
