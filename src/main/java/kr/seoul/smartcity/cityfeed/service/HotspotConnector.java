package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Real-time city data for the configured hotspots ({@code citydata}, one place a call, wrapped in {@code CITYDATA}):
 * the congestion level of each place on the hotspot layer, and over all places the average congestion
 * (여유 1, 보통 2, 약간 붐빔 3, 붐빔 4), road speed and temperature for the whole city. Each value is stamped with
 * the time the feed gives for it (the latest over the places), or the time it was read if the feed gives none.
 * Places missing from {@link HotspotPlaces} still count towards the averages but get no point on the map.
 */
@Component
@Order(4)
class HotspotConnector implements FeedConnector {

    static final String SOURCE = "citydata";
    static final String WRAPPER = "CITYDATA";
    private static final Logger log = LoggerFactory.getLogger(HotspotConnector.class);
    private static final Map<String, Integer> LEVELS = Map.of("여유", 1, "보통", 2, "약간붐빔", 3, "붐빔", 4);

    private final SeoulOpenApiClient client;
    private final ObservationIngest ingest;
    private final CityFeedService feeds;
    private final CityFeedProperties properties;
    private final Clock clock;

    HotspotConnector(
            SeoulOpenApiClient client,
            ObservationIngest ingest,
            CityFeedService feeds,
            CityFeedProperties properties,
            Clock clock) {
        this.client = client;
        this.ingest = ingest;
        this.feeds = feeds;
        this.properties = properties;
        this.clock = clock;
    }

    /** Configured when the Seoul key is set and there are places to read. */
    @Override
    public FeedDescription description() {
        return new FeedDescription(
                SOURCE,
                SeoulOpenApiClient.KEY_PROPERTY,
                client.configured() && !properties.citydata().isEmpty(),
                properties.intervals().citydata());
    }

    @Override
    public int poll() {
        List<Place> places = new ArrayList<>();
        for (String name : properties.citydata()) {
            if (!name.isBlank()) {
                client.object(SOURCE, WRAPPER, 1, 5, name.strip())
                        .ifPresent(data -> places.add(new Place(name.strip(), data)));
            }
        }
        if (places.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Average congestion = new Average();
        Average speed = new Average();
        Average temperature = new Average();
        List<MapPoint> points = new ArrayList<>();
        for (Place place : places) {
            JsonNode data = place.data();
            JsonNode people = FeedRows.first(data.path("LIVE_PPLTN_STTS"));
            Optional<String> levelText = FeedRows.text(people, "AREA_CONGEST_LVL");
            Integer level = levelText
                    .map(text -> LEVELS.get(text.replaceAll("\\s+", "")))
                    .orElse(null);
            Instant peopleAt = FeedRows.text(people, "PPLTN_TIME")
                    .flatMap(FeedRows::dateTime)
                    .orElse(now);
            if (level != null) {
                congestion.add(level, peopleAt);
            } else {
                log.warn("{}: no known congestion level for {}: {}", SOURCE, place.name(), levelText.orElse("(none)"));
            }
            JsonNode road = data.path("ROAD_TRAFFIC_STTS").path("AVG_ROAD_DATA");
            FeedRows.number(road, "ROAD_TRAFFIC_SPD")
                    .ifPresent(value -> speed.add(
                            value,
                            FeedRows.text(road, "ROAD_TRAFFIC_TIME")
                                    .flatMap(FeedRows::dateTime)
                                    .orElse(now)));
            JsonNode weather = FeedRows.first(data.path("WEATHER_STTS"));
            FeedRows.number(weather, "TEMP")
                    .ifPresent(value -> temperature.add(
                            value,
                            FeedRows.text(weather, "WEATHER_TIME")
                                    .flatMap(FeedRows::dateTime)
                                    .orElse(now)));

            String areaName = FeedRows.text(data, "AREA_NM").orElse(place.name());
            Optional<HotspotPlaces.Coordinates> where =
                    HotspotPlaces.find(place.name()).or(() -> HotspotPlaces.find(areaName));
            if (where.isEmpty()) {
                log.warn("{}: no coordinates known for {}; it is left off the map", SOURCE, place.name());
            } else if (level != null) {
                points.add(new MapPoint(
                        MapLayer.HOTSPOTS,
                        FeedRows.text(data, "AREA_CD").orElse(areaName),
                        areaName,
                        where.get().latitude(),
                        where.get().longitude(),
                        (double) level,
                        4.0,
                        levelText.orElseThrow(),
                        DisclosureClass.PUBLIC,
                        peopleAt));
            }
        }
        List<ObservationInput> inputs = new ArrayList<>();
        congestion.input("HOTSPOT_CONGESTION").ifPresent(inputs::add);
        speed.input("ROAD_SPEED").ifPresent(inputs::add);
        temperature.input("WEATHER_TEMP").ifPresent(inputs::add);
        ingest.record(inputs, Origin.FEED, SOURCE);
        if (!points.isEmpty()) {
            feeds.updatePoints(MapLayer.HOTSPOTS, points);
        }
        return places.size();
    }

    private record Place(String name, JsonNode data) {}

    /** An average over the places, stamped with the latest of their times. */
    private static final class Average {
        private double sum;
        private int count;
        private Instant latest;

        void add(double value, Instant at) {
            sum += value;
            count++;
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }

        Optional<ObservationInput> input(String indicator) {
            return count == 0
                    ? Optional.empty()
                    : Optional.of(new ObservationInput(indicator, null, latest, sum / count));
        }
    }
}
