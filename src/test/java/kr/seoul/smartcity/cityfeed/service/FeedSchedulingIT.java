package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;

import kr.seoul.smartcity.base.domain.Seoul;
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
        assertThat(feeds.sources()).extracting(FeedSource::source).containsExactly("RealtimeCityAir", "bikeList",
                "SPOP_LOCAL_RESD_JACHI", "citydata", "realtimeStationArrival", "DSSP-IF-00247");
        assertThat(feeds.sources()).allSatisfy(source -> {
            assertThat(source.configured()).isTrue();
            assertThat(source.interval()).isEqualTo(Duration.ofHours(1));
            assertThat(source.state()).isNotEqualTo(FeedSource.State.NOT_CONFIGURED);
            assertThat(source.status().enabled()).isTrue();
        });
    }

    @Test
    void aRunStartedFromTheViewRunsInTheBackground() {
        replay.on("/json/RealtimeCityAir/", Reply.file("seoul/air.json", text -> text.replace("20010315", "20010515")));

        feeds.runSoon("RealtimeCityAir");

        Instant measured = LocalDateTime.of(2001, 5, 15, 14, 0).atZone(Seoul.ZONE).toInstant();
        await().atMost(Duration.ofSeconds(20)).until(() -> !valuesAt("AIR_PM25", null, measured).isEmpty());
        assertThat(valuesAt("AIR_PM25", null, measured)).containsExactly(13.0);
        await().until(() -> feeds.sources().stream().noneMatch(FeedSource::running));
        assertThat(feeds.sources()).filteredOn(source -> source.source().equals("RealtimeCityAir"))
                .extracting(FeedSource::state).containsExactly(FeedSource.State.OK);
    }

    @Test
    void anUnknownFeedIsRefused() {
        assertThatThrownBy(() -> feeds.run("nonesuch")).isInstanceOf(NoSuchElementException.class);
    }
}
