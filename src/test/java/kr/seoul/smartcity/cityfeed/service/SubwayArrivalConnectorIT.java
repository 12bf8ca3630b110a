package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDateTime;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SubwayArrivalConnectorIT extends ReplayedFeeds {

    private static final String ARRIVALS = "/subway/api/subway/" + SUBWAY_KEY + "/json/realtimeStationArrival/0/20/";

    @Test
    void theAverageWaitOverTheStationsArrivalsIsRecordedInMinutes() {
        replay.on(ARRIVALS + "서울", Reply.file("subway/arrivals-seoul.json"))
                .on(ARRIVALS + "강남", Reply.file("subway/arrivals-gangnam.json"));

        CityFeedScheduler.FeedRun run = feeds.run("realtimeStationArrival");

        assertThat(run.success()).as(run.error()).isTrue();
        assertThat(run.rows()).isEqualTo(3);
        assertThat(replay.requests(ARRIVALS))
                .extracting(ReplayServer.Request::path)
                .containsExactly(ARRIVALS + "서울", ARRIVALS + "강남");
        Instant received =
                LocalDateTime.of(2001, 3, 19, 8, 30).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("SUBWAY_WAIT", null, received).getFirst()).isCloseTo((2 + 4 + 6) / 3.0, within(1e-9));
        assertThat(status("realtimeStationArrival").rowsLastRun()).isEqualTo(3);
    }

    @Test
    void noArrivalsIsASuccessWithNoRows() {
        replay.on(ARRIVALS, Reply.file("subway/no-data.json"));

        CityFeedScheduler.FeedRun run = feeds.run("realtimeStationArrival");

        assertThat(run.success()).isTrue();
        assertThat(status("realtimeStationArrival").rowsLastRun()).isZero();
        assertThat(status("realtimeStationArrival").failing()).isFalse();
    }

    @Test
    void aBadKeyIsRecordedWithItsCodeAndTheOtherSourcesCarryOn() {
        replay.on(ARRIVALS, Reply.file("subway/bad-key.json"));
        replay.on("/safety/", Reply.file("safety/empty.json"));

        assertThat(feeds.run("realtimeStationArrival").success()).isFalse();
        assertThat(feeds.run("DSSP-IF-00247").success()).isTrue();

        assertThat(replay.requests(ARRIVALS)).hasSize(1);
        assertThat(status("realtimeStationArrival").lastError())
                .contains("realtimeStationArrival", "INFO-100", "인증키")
                .doesNotContain(SUBWAY_KEY);
        assertThat(status("realtimeStationArrival").failing()).isTrue();
        assertThat(status("DSSP-IF-00247").failing()).isFalse();
    }

    @Test
    void aServerErrorIsTriedAgainThenRecorded() {
        replay.on(
                        ARRIVALS + "서울",
                        Reply.file("subway/arrivals-seoul.json", text -> text.replace("2001-03-19", "2001-04-19")))
                .on(ARRIVALS + "강남", Reply.file("subway/server-error.json"));

        assertThat(feeds.run("realtimeStationArrival").success()).isFalse();

        assertThat(replay.requests(ARRIVALS + "강남")).hasSize(3);
        assertThat(status("realtimeStationArrival").lastError()).contains("ERROR-500");
        Instant received =
                LocalDateTime.of(2001, 4, 19, 8, 30).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("SUBWAY_WAIT", null, received)).isEmpty();
    }
}
