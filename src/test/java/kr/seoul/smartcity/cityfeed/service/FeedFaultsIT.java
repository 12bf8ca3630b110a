package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.service.Tile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Seoul open data feed that answers with errors, with garbage or not at all: its tiles say so (since when and
 * why) until it delivers again, and the other feeds and the screens go on meanwhile.
 */
class FeedFaultsIT extends ReplayedFeeds {

    private static final String AIR = "/seoul/" + SEOUL_KEY + "/json/RealtimeCityAir/";
    private static final String BIKES = "/seoul/" + SEOUL_KEY + "/json/bikeList/";

    private Tile airTile() {
        return cityStatus.cityTiles(MAYOR).stream().filter(tile -> tile.indicator().code().equals("AIR_PM25"))
                .findFirst().orElseThrow();
    }

    @Test
    void aFailingFeedMarksItsTilesUntilItDeliversAgain() {
        replay.on(AIR, Reply.status(500));

        assertThat(feeds.run("RealtimeCityAir").success()).isFalse();

        Tile failing = airTile();
        assertThat(failing.problem()).as("the tile says the feed fails").isNotNull();
        assertThat(failing.problem().reason()).contains("500");
        var since = failing.problem().since();
        assertThat(cityStatus.cityTiles(MAYOR).stream().filter(tile -> tile.indicator().code().equals("BIKE_AVAILABLE")
                || tile.indicator().source().equals("bikeList"))).allSatisfy(tile -> assertThat(tile.problem()).isNull());

        replay.on(AIR, Reply.json("{\"RealtimeCityAir\": [garbage"));
        assertThat(feeds.run("RealtimeCityAir").success()).isFalse();
        assertThat(airTile().problem()).as("still failing, since the first failure").isNotNull()
                .satisfies(problem -> assertThat(problem.since()).isEqualTo(since));

        replay.on(AIR, Reply.file("seoul/air.json"));
        assertThat(feeds.run("RealtimeCityAir").success()).isTrue();
        assertThat(airTile().problem()).as("delivered again").isNull();
    }

    @Test
    void aHangingFeedIsGivenUpWhileTheOtherFeedsKeepUpdating() {
        replay.on(AIR, Reply.slow(Duration.ofSeconds(8), Reply.file("seoul/air.json")));
        replay.on(BIKES, Reply.file("seoul/bikes.json"));

        feeds.runSoon("RealtimeCityAir");
        await().atMost(Duration.ofSeconds(20)).until(() -> running("RealtimeCityAir"));

        CityFeedScheduler.FeedRun bikes = feeds.run("bikeList");
        assertThat(bikes.success()).as(bikes.error()).isTrue();
        assertThat(running("RealtimeCityAir")).as("the air feed still hangs while bikes were read").isTrue();
        assertThat(cityStatus.cityTiles(MAYOR)).as("the screens' reads do not wait for it").isNotEmpty();

        await().atMost(Duration.ofMinutes(2)).until(() -> !running("RealtimeCityAir"));
        assertThat(status("RealtimeCityAir").lastError()).as("given up after the time-out").isNotBlank();
        assertThat(airTile().problem()).isNotNull();

        replay.on(AIR, Reply.file("seoul/air.json"));
        assertThat(feeds.run("RealtimeCityAir").success()).isTrue();
        assertThat(airTile().problem()).isNull();
    }

    private boolean running(String source) {
        List<FeedSource> sources = feeds.sources();
        return sources.stream().anyMatch(feed -> feed.source().equals(source) && feed.running());
    }
}
