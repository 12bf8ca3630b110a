package kr.seoul.smartcity.cityfeed.service;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.citystatus.domain.DisasterMessage;
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
 * National disaster text messages (재난문자, {@code DSSP-IF-00247} on safetydata.go.kr, a key of its own) sent to
 * Seoul today: stored as disaster messages (each once, by serial number), and their number as {@code DISASTER_MSG}.
 * <p>
 * Answers carry {@code header.resultCode}: {@code "00"} is data with {@code body} the array of messages;
 * {@code "03"} (no data, in the data.go.kr convention) is an empty result; any other code (such as {@code "30"},
 * key not registered) fails with the code and message.
 */
@Component
@Order(6)
class DisasterMessageConnector implements FeedConnector {

    static final String SOURCE = "DSSP-IF-00247";
    static final String KEY_PROPERTY = "city.sources.safety.key";
    static final String REGION = "서울특별시";
    static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Logger log = LoggerFactory.getLogger(DisasterMessageConnector.class);

    private final FeedHttp http;
    private final ObservationIngest ingest;
    private final CityFeedService feeds;
    private final CityFeedProperties properties;
    private final Clock clock;

    DisasterMessageConnector(
            FeedHttp http,
            ObservationIngest ingest,
            CityFeedService feeds,
            CityFeedProperties properties,
            Clock clock) {
        this.http = http;
        this.ingest = ingest;
        this.feeds = feeds;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public FeedDescription description() {
        return new FeedDescription(
                SOURCE,
                KEY_PROPERTY,
                properties.safety().configured(),
                properties.intervals().disasterMessages());
    }

    @Override
    public int poll() {
        CityFeedProperties.Safety safety = properties.safety();
        if (!safety.configured()) {
            throw new FeedException(SOURCE, "not configured: set " + KEY_PROPERTY);
        }
        String key = safety.key().strip();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Seoul.ZONE);
        List<JsonNode> rows = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            URI uri = URI.create(FeedUrls.base(safety.baseUrl()) + "/V2/api/" + SOURCE
                    + "?serviceKey=" + FeedUrls.segment(key) + "&returnType=json&pageNo=" + page
                    + "&numOfRows=" + PAGE_SIZE + "&crtDt=" + today.format(DATE) + "&rgnNm="
                    + FeedUrls.segment(REGION));
            Page fetched = http.get(SOURCE, uri, key, this::page);
            rows.addAll(fetched.rows());
            if (fetched.rows().isEmpty() || rows.size() >= fetched.total()) {
                break;
            }
        }
        List<DisasterMessage> messages = new ArrayList<>();
        for (JsonNode row : rows) {
            message(row)
                    .ifPresentOrElse(
                            messages::add,
                            () -> log.warn(
                                    "{}: skipped a message without serial, time or text: {}",
                                    SOURCE,
                                    FeedHttp.excerpt(row.toString())));
        }
        List<DisasterMessage> seoul =
                messages.stream().filter(m -> m.regions().contains("서울")).toList();
        long sentToday = seoul.stream()
                .filter(m -> LocalDate.ofInstant(m.sentAt(), Seoul.ZONE).equals(today))
                .count();
        ingest.record(List.of(new ObservationInput("DISASTER_MSG", null, now, sentToday)), Origin.FEED, SOURCE);
        int added = feeds.addDisasterMessages(seoul);
        log.debug("{}: {} messages for Seoul, {} new, {} today", SOURCE, seoul.size(), added, sentToday);
        return rows.size();
    }

    private Page page(String body) {
        JsonNode root = FeedJson.object(SOURCE, body);
        JsonNode header = root.path("header");
        Optional<String> code = FeedRows.text(header, "resultCode");
        if (code.isEmpty()) {
            throw new FeedException(SOURCE, "unexpected answer, no header.resultCode in " + root.propertyNames());
        }
        if (code.get().equals("03")) {
            return new Page(List.of(), 0);
        }
        if (!code.get().equals("00")) {
            String message = FeedRows.text(header, "resultMsg").orElse("(no message)");
            String detail = FeedRows.text(header, "errorMsg")
                    .filter(text -> !text.equals(message))
                    .orElse(null);
            throw new FeedException(
                    SOURCE, code.get(), detail == null ? message : message + " (" + detail + ")", false, null);
        }
        JsonNode list = root.path("body");
        List<JsonNode> rows = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(rows::add);
        } else if (!list.isMissingNode() && !list.isNull()) {
            throw new FeedException(SOURCE, "unexpected answer, \"body\" is not a list");
        }
        OptionalDouble total = FeedRows.number(root, "totalCount");
        return new Page(rows, total.isPresent() ? (long) total.getAsDouble() : rows.size());
    }

    private static Optional<DisasterMessage> message(JsonNode row) {
        Optional<Long> serial = FeedRows.text(row, "SN").flatMap(DisasterMessageConnector::serial);
        Optional<Instant> sentAt = FeedRows.text(row, "CRT_DT").flatMap(FeedRows::dateTime);
        Optional<String> text = FeedRows.text(row, "MSG_CN");
        if (serial.isEmpty() || sentAt.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DisasterMessage(
                serial.get(),
                sentAt.get(),
                text.get(),
                FeedRows.text(row, "RCPTN_RGN_NM").orElse(""),
                FeedRows.text(row, "EMRG_STEP_NM").orElse(""),
                FeedRows.text(row, "DST_SE_NM").orElse("")));
    }

    private static Optional<Long> serial(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Page(List<JsonNode> rows, long total) {}
}
