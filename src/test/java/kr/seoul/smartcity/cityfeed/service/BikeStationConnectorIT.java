package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BikeStationConnectorIT extends ReplayedFeeds {

    private static final String BIKES = "/seoul/" + SEOUL_KEY + "/json/bikeList/";
    private static final Pattern RANGE = Pattern.compile("/bikeList/(\\d+)/(\\d+)/");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DatabaseClient database;

    /**
     * The database is shared with every other test: the replayed stations (up to 1,500 of them, all over Seoul) are
     * taken off the map again, or the Ddareungi analysis finds every square already reached and proposes nothing.
     */
    @AfterEach
    void replayedStationsLeaveTheMap() {
        database.sql("DELETE FROM map_point WHERE layer = 'BIKE_STATIONS' AND external_id LIKE 'ST-%'")
                .fetch()
                .rowsUpdated()
                .block(java.time.Duration.ofSeconds(30));
    }

    @Test
    void stationsGoOnTheMapAndTheirBikesAreCountedForTheCity() {
        replay.on(BIKES, Reply.file("seoul/bikes.json"));
        Instant before = Instant.now();

        CityFeedScheduler.FeedRun run = feeds.run("bikeList");

        assertThat(run.success()).as(run.error()).isTrue();
        List<MapPoint> stations = points(MapLayer.BIKE_STATIONS, "ST-R90");
        assertThat(stations)
                .extracting(MapPoint::externalId)
                .containsExactlyInAnyOrder("ST-R901", "ST-R902", "ST-R903");
        MapPoint first = stations.stream()
                .filter(point -> point.externalId().equals("ST-R901"))
                .findFirst()
                .orElseThrow();
        assertThat(first.value()).isEqualTo(7.0);
        assertThat(first.capacity()).isEqualTo(15.0);
        assertThat(first.label()).isEqualTo("7/15");
        assertThat(first.name()).isEqualTo("901. 재현시험 대여소 가");
        assertThat(first.latitude()).isEqualTo(37.5556488);
        assertThat(valuesSince("BIKE_AVAILABLE", null, before)).contains(31.0);
        assertThat(status("bikeList").rowsLastRun()).isEqualTo(3);
    }

    @Test
    void fifteenHundredStationsAreReadInTwoPages() {
        replay.on(BIKES, Reply.json(request -> page(request.path(), "ST-P", 1500, 7)));
        Instant before = Instant.now();

        CityFeedScheduler.FeedRun run = feeds.run("bikeList");

        assertThat(run.success()).as(run.error()).isTrue();
        assertThat(run.rows()).isEqualTo(1500);
        assertThat(replay.requests(BIKES))
                .extracting(ReplayServer.Request::path)
                .containsExactly(BIKES + "1/1000/", BIKES + "1001/2000/");
        assertThat(points(MapLayer.BIKE_STATIONS, "ST-P")).hasSize(1500);
        assertThat(valuesSince("BIKE_AVAILABLE", null, before)).contains((double) totalBikes(1500, 7));
        assertThat(status("bikeList").rowsLastRun()).isEqualTo(1500);
    }

    @Test
    void whenTheSecondPageFailsNothingOfTheFirstIsRecorded() {
        replay.inTurn(BIKES, Reply.json(request -> page(request.path(), "ST-Q", 1500, 5)), Reply.status(503));
        Instant before = Instant.now();

        CityFeedScheduler.FeedRun run = feeds.run("bikeList");

        assertThat(run.success()).isFalse();
        assertThat(replay.requests(BIKES)).hasSize(4);
        assertThat(points(MapLayer.BIKE_STATIONS, "ST-Q")).isEmpty();
        assertThat(valuesSince("BIKE_AVAILABLE", null, before)).doesNotContain((double) totalBikes(1500, 5));
        assertThat(status("bikeList").lastError())
                .contains("bikeList", "HTTP 503")
                .doesNotContain(SEOUL_KEY);
        assertThat(status("bikeList").failing()).isTrue();
    }

    @Test
    void noDataIsASuccessWithNoRows() {
        replay.on(BIKES, Reply.file("seoul/no-data.json"));

        CityFeedScheduler.FeedRun run = feeds.run("bikeList");

        assertThat(run.success()).isTrue();
        assertThat(status("bikeList").rowsLastRun()).isZero();
        assertThat(status("bikeList").failing()).isFalse();
    }

    @Test
    void aBadKeyIsRecordedAndNothingElse() {
        replay.on(BIKES, Reply.file("seoul/bad-key.json"));
        replay.on("/json/RealtimeCityAir/", Reply.file("seoul/air.json"));

        assertThat(feeds.run("bikeList").success()).isFalse();
        assertThat(runDeclared("RealtimeCityAir").ok()).isTrue();

        assertThat(status("bikeList").lastError()).contains("bikeList", "INFO-100");
        assertThat(status("bikeList").rowsLastRun()).isZero();
        assertThat(status("RealtimeCityAir").failing()).isFalse();
    }

    /** One page of a bikeList with {@code total} stations (station i has i % modulus bikes), for the range asked. */
    private static String page(String path, String prefix, int total, int modulus) {
        Matcher range = RANGE.matcher(path);
        if (!range.find()) {
            throw new IllegalArgumentException(path);
        }
        int start = Integer.parseInt(range.group(1));
        int end = Math.min(Integer.parseInt(range.group(2)), total);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode wrapper = root.putObject("rentBikeStatus");
        wrapper.put("list_total_count", total);
        wrapper.putObject("RESULT").put("CODE", "INFO-000").put("MESSAGE", "정상 처리되었습니다.");
        ArrayNode rows = wrapper.putArray("row");
        for (int i = start; i <= end; i++) {
            rows.addObject()
                    .put("rackTotCnt", "10")
                    .put("stationName", i + ". 재현시험 대여소")
                    .put("parkingBikeTotCnt", String.valueOf(i % modulus))
                    .put("shared", String.valueOf(i % modulus * 10))
                    .put("stationLatitude", String.valueOf(37.5 + i / 100000.0))
                    .put("stationLongitude", String.valueOf(127.0 + i / 100000.0))
                    .put("stationId", prefix + i);
        }
        return JSON.writeValueAsString(root);
    }

    private static int totalBikes(int total, int modulus) {
        int sum = 0;
        for (int i = 1; i <= total; i++) {
            sum += i % modulus;
        }
        return sum;
    }
}
