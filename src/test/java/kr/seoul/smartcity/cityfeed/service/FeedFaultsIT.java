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
        return cityStatus.cityTiles(MAYOR).stream()
                .filter(tile -> tile.indicator().code().equals("AIR_PM25"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aFailingFeedMarksItsTilesUntilItDeliversAgain() {
        replay.on(AIR, Reply.status(500));

        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();

        Tile failing = airTile();
        assertThat(failing.problem()).as("the tile says the feed fails").isNotNull();
        assertThat(failing.problem().reason()).contains("500");
        var since = failing.problem().since();
        assertThat(cityStatus.cityTiles(MAYOR).stream()
                        .filter(tile -> tile.indicator().code().equals("BIKE_AVAILABLE")
                                || tile.indicator().source().equals("bikeList")))
                .allSatisfy(tile -> assertThat(tile.problem()).isNull());

        replay.on(AIR, Reply.json("{\"RealtimeCityAir\": [garbage"));
        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();
        assertThat(airTile().problem())
                .as("still failing, since the first failure")
                .isNotNull()
                .satisfies(problem -> assertThat(problem.since()).isEqualTo(since));

        replay.on(AIR, Reply.file("seoul/air.json"));
        assertThat(runDeclared("RealtimeCityAir").ok()).isTrue();
        assertThat(airTile().problem()).as("delivered again").isNull();
    }

    @Test
    void aHangingFeedIsGivenUpWhileTheOtherFeedsKeepUpdating() {
        replay.on(BIKES, Reply.slow(Duration.ofSeconds(8), Reply.file("seoul/bikes.json")));
        replay.on(AIR, Reply.file("seoul/air.json"));

        feeds.runSoon("bikeList");
        await().atMost(Duration.ofSeconds(20)).until(() -> running("bikeList"));

        var air = runDeclared("RealtimeCityAir");
        assertThat(air.ok()).as(air.error()).isTrue();
        assertThat(running("bikeList"))
                .as("the bike feed still hangs while the air was read")
                .isTrue();
        assertThat(cityStatus.cityTiles(MAYOR))
                .as("the screens' reads do not wait for it")
                .isNotEmpty();

        await().atMost(Duration.ofMinutes(2)).until(() -> !running("bikeList"));
        assertThat(status("bikeList").lastError())
                .as("given up after the time-out")
                .isNotBlank();
        assertThat(bikeTile().problem()).isNotNull();

        replay.on(BIKES, Reply.file("seoul/bikes.json"));
        assertThat(feeds.run("bikeList").success()).isTrue();
        assertThat(bikeTile().problem()).isNull();
    }

    private Tile bikeTile() {
        return cityStatus.cityTiles(MAYOR).stream()
                .filter(tile -> tile.indicator().code().equals("BIKE_AVAILABLE"))
                .findFirst()
                .orElseThrow();
    }

    private boolean running(String source) {
        List<FeedSource> sources = feeds.sources();
        return sources.stream().anyMatch(feed -> feed.source().equals(source) && feed.running());
    }
}
