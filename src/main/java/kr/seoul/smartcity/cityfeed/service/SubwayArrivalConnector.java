package kr.seoul.smartcity.cityfeed.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Real-time subway arrivals ({@code realtimeStationArrival} on swopenapi.seoul.go.kr, a key of its own) at the
 * configured stations: the average time to arrival ({@code barvlDt}, seconds) over all their arrivals, in minutes,
 * for the whole city. Stamped with the latest {@code recptnDt} of the arrivals, or the time it was read.
 * <p>
 * Answers carry {@code errorMessage.code}: INFO-000 is data, INFO-200 no data; other codes fail. Error answers that
 * put {@code code} and {@code message} at the top level are understood too.
 */
@Component
@Order(5)
class SubwayArrivalConnector implements FeedConnector {

    static final String SOURCE = "realtimeStationArrival";
    static final String KEY_PROPERTY = "city.sources.subway.key";

    private final FeedHttp http;
    private final ObservationIngest ingest;
    private final CityFeedProperties properties;
    private final Clock clock;

    SubwayArrivalConnector(FeedHttp http, ObservationIngest ingest, CityFeedProperties properties, Clock clock) {
        this.http = http;
        this.ingest = ingest;
        this.properties = properties;
        this.clock = clock;
    }

    /** Configured when its key is set and there are stations to ask for. */
    @Override
    public FeedDescription description() {
        return new FeedDescription(
                SOURCE,
                KEY_PROPERTY,
                properties.subway().configured()
                        && !properties.subway().stations().isEmpty(),
                properties.intervals().subway());
    }

    @Override
    public int poll() {
        CityFeedProperties.Subway subway = properties.subway();
        if (!subway.configured()) {
            throw new FeedException(SOURCE, "not configured: set " + KEY_PROPERTY);
        }
        String key = subway.key().strip();
        List<JsonNode> arrivals = new ArrayList<>();
        for (String station : subway.stations()) {
            if (station.isBlank()) {
                continue;
            }
            URI uri = URI.create(FeedUrls.base(subway.baseUrl()) + "/api/subway/" + FeedUrls.segment(key) + "/json/"
                    + SOURCE + "/0/" + Math.max(1, subway.rows()) + "/" + FeedUrls.segment(station.strip()));
            arrivals.addAll(http.get(SOURCE, uri, key, this::arrivals));
        }
        List<Double> minutes = new ArrayList<>();
        Instant latest = null;
        for (JsonNode arrival : arrivals) {
            OptionalDouble seconds = FeedRows.number(arrival, "barvlDt");
            if (seconds.isEmpty()) {
                continue;
            }
            minutes.add(seconds.getAsDouble() / 60.0);
            Instant received = FeedRows.text(arrival, "recptnDt")
                    .flatMap(FeedRows::dateTime)
                    .orElse(null);
            if (received != null && (latest == null || received.isAfter(latest))) {
                latest = received;
            }
        }
        if (!minutes.isEmpty()) {
            double average =
                    minutes.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            ingest.record(
                    List.of(new ObservationInput(
                            "SUBWAY_WAIT", null, latest == null ? clock.instant() : latest, average)),
                    Origin.FEED,
                    SOURCE);
        }
        return arrivals.size();
    }

    private List<JsonNode> arrivals(String body) {
        JsonNode root = FeedJson.object(SOURCE, body);
        JsonNode status = root.path("errorMessage").isObject() ? root.path("errorMessage") : root;
        String code = FeedRows.text(status, "code").orElse(null);
        JsonNode list = root.path("realtimeArrivalList");
        if (code == null && !list.isArray()) {
            throw new FeedException(
                    SOURCE,
                    "unexpected answer, neither errorMessage nor realtimeArrivalList in " + root.propertyNames());
        }
        if (SeoulOpenApiClient.NO_DATA.equals(code)) {
            return List.of();
        }
        if (code != null && !SeoulOpenApiClient.OK.equals(code)) {
            throw new FeedException(
                    SOURCE,
                    code,
                    FeedRows.text(status, "message").orElse("(no message)"),
                    SeoulOpenApiClient.isTransient(code),
                    null);
        }
        List<JsonNode> arrivals = new ArrayList<>();
        list.forEach(arrivals::add);
        return arrivals;
    }
}
