package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.domain.DisasterMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisasterMessageConnectorIT extends ReplayedFeeds {

    private static final String MESSAGES = "/safety/V2/api/DSSP-IF-00247";

    @Test
    void seoulsMessagesAreStoredOnceAndTodaysAreCounted() {
        replay.on(MESSAGES, Reply.file("safety/messages.json"));
        Instant before = Instant.now();

        CityFeedScheduler.FeedRun run = feeds.run("DSSP-IF-00247");
        CityFeedScheduler.FeedRun again = feeds.run("DSSP-IF-00247");

        assertThat(run.success()).as(run.error()).isTrue();
        assertThat(again.success()).isTrue();
        String today = LocalDate.now(Seoul.ZONE).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(replay.requests(MESSAGES).getFirst().path())
                .isEqualTo(MESSAGES + "?serviceKey=" + SAFETY_KEY + "&returnType=json&pageNo=1&numOfRows=100&crtDt="
                        + today + "&rgnNm=서울특별시");
        List<DisasterMessage> latest = cityFeed.latestDisasterMessages().stream()
                .filter(message -> message.serial() >= 990000100 && message.serial() <= 990000199)
                .toList();
        assertThat(latest)
                .extracting(DisasterMessage::serial)
                .startsWith(990000102L, 990000101L)
                .doesNotContain(990000199L);
        DisasterMessage cold = latest.get(1);
        assertThat(cold.regions()).isEqualTo("서울특별시 전체");
        assertThat(cold.step()).isEqualTo("긴급재난");
        assertThat(cold.kind()).isEqualTo("한파");
        assertThat(cold.text()).startsWith("[재현시험] 서울 전역 한파경보");
        assertThat(cold.sentAt())
                .isEqualTo(LocalDate.now(Seoul.ZONE)
                        .atTime(23, 59, 1)
                        .atZone(Seoul.ZONE)
                        .toInstant());
        assertThat(valuesSince("DISASTER_MSG", null, before)).containsExactly(2.0, 2.0);
        assertThat(status("DSSP-IF-00247").rowsLastRun()).isEqualTo(4);
    }

    @Test
    void noMessagesIsASuccessAndCountsZero() {
        replay.on(MESSAGES, Reply.file("safety/empty.json"));
        Instant before = Instant.now();

        CityFeedScheduler.FeedRun run = feeds.run("DSSP-IF-00247");

        assertThat(run.success()).isTrue();
        assertThat(status("DSSP-IF-00247").rowsLastRun()).isZero();
        assertThat(status("DSSP-IF-00247").failing()).isFalse();
        assertThat(valuesSince("DISASTER_MSG", null, before)).containsExactly(0.0);
    }

    @Test
    void anUnregisteredKeyIsRecordedWithItsCodeAndNothingIsStored() {
        replay.on(MESSAGES, Reply.file("safety/bad-key.json"));
        replay.on("/subway/", Reply.file("subway/no-data.json"));
        Instant before = Instant.now();

        assertThat(feeds.run("DSSP-IF-00247").success()).isFalse();
        assertThat(feeds.run("realtimeStationArrival").success()).isTrue();

        assertThat(replay.requests(MESSAGES)).hasSize(1);
        assertThat(status("DSSP-IF-00247").lastError())
                .contains("DSSP-IF-00247", "30", "SERVICE KEY IS NOT REGISTERED ERROR")
                .doesNotContain(SAFETY_KEY);
        assertThat(status("DSSP-IF-00247").failing()).isTrue();
        assertThat(valuesSince("DISASTER_MSG", null, before)).isEmpty();
        assertThat(status("realtimeStationArrival").failing()).isFalse();
    }
}
