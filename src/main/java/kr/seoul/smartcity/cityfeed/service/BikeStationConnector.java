package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

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
 * Ddareungi public bike stations ({@code bikeList}, rows under {@code rentBikeStatus}, about 2,700 stations in pages
 * of 1,000): each station on the bike layer with its bikes out of its racks, and the bikes available in the whole
 * city. The feed has no district, and districts cannot be told from coordinates without boundaries, so there is
 * no value per district. The feed has no time either: values are stamped with the time they were read.
 */
@Component
@Order(2)
class BikeStationConnector implements FeedConnector {

    static final String SOURCE = "bikeList";
    static final String WRAPPER = "rentBikeStatus";
    private static final Logger log = LoggerFactory.getLogger(BikeStationConnector.class);

    private final SeoulOpenApiClient client;
    private final ObservationIngest ingest;
    private final CityFeedService feeds;
    private final CityFeedProperties properties;
    private final Clock clock;

    BikeStationConnector(
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

    @Override
    public FeedDescription description() {
        return client.describe(SOURCE, properties.intervals().bikes());
    }

    @Override
    public int poll() {
        List<JsonNode> rows = client.rows(SOURCE, WRAPPER);
        if (rows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<MapPoint> points = new ArrayList<>();
        double available = 0;
        int skipped = 0;
        for (JsonNode row : rows) {
            Optional<String> id = FeedRows.text(row, "stationId");
            OptionalDouble bikes = FeedRows.number(row, "parkingBikeTotCnt");
            OptionalDouble racks = FeedRows.number(row, "rackTotCnt");
            OptionalDouble latitude = FeedRows.number(row, "stationLatitude");
            OptionalDouble longitude = FeedRows.number(row, "stationLongitude");
            if (id.isEmpty() || bikes.isEmpty()) {
                skipped++;
                continue;
            }
            available += bikes.getAsDouble();
            if (latitude.isEmpty() || longitude.isEmpty()) {
                skipped++;
                continue;
            }
            String label = format(bikes.getAsDouble()) + (racks.isPresent() ? "/" + format(racks.getAsDouble()) : "");
            points.add(new MapPoint(
                    MapLayer.BIKE_STATIONS,
                    id.get(),
                    FeedRows.text(row, "stationName").orElse(id.get()),
                    latitude.getAsDouble(),
                    longitude.getAsDouble(),
                    bikes.getAsDouble(),
                    racks.isPresent() ? racks.getAsDouble() : null,
                    label,
                    DisclosureClass.PUBLIC,
                    now));
        }
        if (skipped > 0) {
            log.warn("{}: {} of {} rows lacked an id, a count or coordinates", SOURCE, skipped, rows.size());
        }
        ingest.record(List.of(new ObservationInput("BIKE_AVAILABLE", null, now, available)), Origin.FEED, SOURCE);
        feeds.updatePoints(MapLayer.BIKE_STATIONS, points);
        return rows.size();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
