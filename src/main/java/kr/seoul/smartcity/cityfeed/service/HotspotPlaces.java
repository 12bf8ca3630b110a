package kr.seoul.smartcity.cityfeed.service;

import java.util.Map;
import java.util.Optional;

/**
 * Approximate centres of the hotspots read by default (and a few more), since {@code citydata} gives no
 * coordinates. Names are compared without spaces and with any middle dot.
 */
final class HotspotPlaces {

    record Coordinates(double latitude, double longitude) {}

    private static final Map<String, Coordinates> PLACES = Map.ofEntries(
            Map.entry("광화문·덕수궁", new Coordinates(37.5710, 126.9768)),
            Map.entry("강남역", new Coordinates(37.4979, 127.0276)),
            Map.entry("홍대관광특구", new Coordinates(37.5563, 126.9236)),
            Map.entry("명동관광특구", new Coordinates(37.5636, 126.9850)),
            Map.entry("잠실관광특구", new Coordinates(37.5110, 127.0980)),
            Map.entry("서울역", new Coordinates(37.5547, 126.9707)),
            Map.entry("여의도", new Coordinates(37.5219, 126.9245)),
            Map.entry("이태원관광특구", new Coordinates(37.5345, 126.9946)),
            Map.entry("동대문관광특구", new Coordinates(37.5663, 127.0092)),
            Map.entry("종로·청계관광특구", new Coordinates(37.5700, 126.9920)));

    private HotspotPlaces() {}

    static Optional<Coordinates> find(String name) {
        return Optional.ofNullable(PLACES.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.replaceAll("\\s+", "").replace('ㆍ', '·').replace('・', '·').replace('･', '·');
    }
}
