package kr.seoul.smartcity.base.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One read for every screen that asks at once; a new read after an event or once the read is too old. */
class ReadsForAllTest {

    record Recorded(int count) {}

    static final Topic<Recorded> RECORDED = Topic.of("test.recorded", Recorded.class);

    private final LiveEventBus bus =
            new LiveEventBus(JsonMapper.builder().build(), new LiveEventBusTest.SharedChannel().relay());
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger reads = new AtomicInteger();
    private final ReadsForAll<String> shared =
            new ReadsForAll<String>(clock, Duration.ofSeconds(30)).dropOn(bus, RECORDED);

    @AfterEach
    void close() {
        bus.close();
    }

    private String read() {
        return shared.get("latest", () -> "value " + reads.incrementAndGet());
    }

    @Test
    void manyScreensAskingAtOnceShareOneRead() throws Exception {
        ExecutorService screens = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(screens.submit(this::read));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("value 1");
            }
        } finally {
            screens.shutdown();
        }
        assertThat(reads).hasValue(1);
    }

    @Test
    void anEventOfTheTopicDropsTheRead() {
        assertThat(read()).isEqualTo("value 1");
        bus.publish(RECORDED, new Recorded(1));
        await().until(() -> read().equals("value 2"));
        assertThat(read()).isEqualTo("value 2");
    }

    @Test
    void aReadOlderThanTheMaximumAgeIsReadAgain() {
        assertThat(read()).isEqualTo("value 1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(read()).isEqualTo("value 1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(read()).isEqualTo("value 2");
    }

    @Test
    void keysAreReadApart() {
        assertThat(shared.get("a", () -> "A")).isEqualTo("A");
        assertThat(shared.get("b", () -> "B")).isEqualTo("B");
        assertThat(shared.get("a", () -> "not read")).isEqualTo("A");
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-04T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
