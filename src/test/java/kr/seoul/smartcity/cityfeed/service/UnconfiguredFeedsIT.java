package kr.seoul.smartcity.cityfeed.service;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the embedded default no key is set: every feed shows as not configured and none is polled or run. */
@CityIntegrationTest
class UnconfiguredFeedsIT {

    @Autowired
    CityFeedScheduler feeds;

    @Test
    void withoutKeysNoFeedIsConfiguredOrRun() {
        assertThat(feeds.sources()).hasSize(5).allSatisfy(source -> {
            assertThat(source.configured()).isFalse();
            assertThat(source.state()).isEqualTo(FeedSource.State.NOT_CONFIGURED);
            assertThat(source.keyProperty()).startsWith("city.sources.").endsWith(".key");
        });
        assertThatThrownBy(() -> feeds.run("bikeList"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("city.sources.seoul.key");
        assertThatThrownBy(() -> feeds.runSoon("DSSP-IF-00247"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("city.sources.safety.key");
    }
}
