package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.util.NoSuchElementException;

import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Configured feeds are polled on their own; a run can be started from the admin view. */
class FeedSchedulingIT extends ReplayedFeeds {

    @Test
    void everyConfiguredFeedWasPolledAtStart() {
        // the polls at start are awaited before each test (see ReplayedFeeds)
        assertThat(feeds.sources())
                .extracting(FeedSource::source)
                .containsExactly(
                        "bikeList", "SPOP_LOCAL_RESD_JACHI", "citydata", "realtimeStationArrival", "DSSP-IF-00247");
        assertThat(feeds.sources()).allSatisfy(source -> {
            assertThat(source.configured()).isTrue();
            assertThat(source.interval()).isEqualTo(Duration.ofHours(1));
            assertThat(source.state()).isNotEqualTo(FeedSource.State.NOT_CONFIGURED);
            assertThat(source.status().enabled()).isTrue();
        });
    }

    @Test
    void aRunStartedFromTheViewRunsInTheBackground() {
        replay.on("/json/bikeList/", Reply.file("seoul/bikes.json"));

        feeds.runSoon("bikeList");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> feeds.sources().stream()
                        .anyMatch(source -> source.source().equals("bikeList")
                                && !source.running()
                                && source.status().rowsLastRun() > 0));
        assertThat(feeds.sources())
                .filteredOn(source -> source.source().equals("bikeList"))
                .extracting(FeedSource::state)
                .containsExactly(FeedSource.State.OK);
    }

    @Test
    void anUnknownFeedIsRefused() {
        assertThatThrownBy(() -> feeds.run("nonesuch")).isInstanceOf(NoSuchElementException.class);
    }
}
