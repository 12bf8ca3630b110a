package kr.seoul.smartcity.base.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.UIDetachedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class UiUpdateQueueTest {

    private final AtomicInteger pushes = new AtomicInteger();
    private final UiUpdateQueue queue = new UiUpdateQueue(command -> {
        pushes.incrementAndGet();
        command.execute();
    });

    @Test
    void aBurstOfEventsReachesTheBrowserAsTheLatestStateInFewPushes() {
        List<Integer> shown = new CopyOnWriteArrayList<>();
        Object board = new Object();
        for (int i = 1; i <= 200; i++) {
            int value = i;
            queue.offer(board, () -> shown.add(value));
        }
        await().until(() -> shown.contains(200));
        assertThat(pushes.get()).isLessThanOrEqualTo(2);
        assertThat(shown).hasSizeLessThanOrEqualTo(2).last().isEqualTo(200);
    }

    @Test
    void updatesOfDifferentComponentsWithinOneIntervalAreAllAppliedInOnePush() {
        List<String> shown = new CopyOnWriteArrayList<>();
        queue.offer("clock", () -> shown.add("clock"));
        await().until(() -> shown.size() == 1);
        queue.offer("notices", () -> shown.add("notices"));
        queue.offer("status", () -> shown.add("status"));
        await().until(() -> shown.size() == 3);
        assertThat(shown).containsExactly("clock", "notices", "status");
        assertThat(pushes.get()).isEqualTo(2);
    }

    @Test
    void pushesAreSpacedByTheMinimumInterval() {
        List<Long> times = new CopyOnWriteArrayList<>();
        queue.offer("a", () -> times.add(System.nanoTime()));
        await().until(() -> times.size() == 1);
        queue.offer("a", () -> times.add(System.nanoTime()));
        await().until(() -> times.size() == 2);
        assertThat(times.get(1) - times.get(0))
                .isGreaterThanOrEqualTo(UiUpdateQueue.MIN_INTERVAL.toNanos() - 5_000_000);
    }

    @Test
    void eachPushReportsHowLongItsOldestUpdateWaited() {
        List<Long> waits = new CopyOnWriteArrayList<>();
        UiUpdateQueue timed = new UiUpdateQueue(
                command -> {
                    pushes.incrementAndGet();
                    command.execute();
                },
                waits::add);
        // an update that arrives while the first is being pushed waits out the interval, and reports that wait
        timed.offer("first", () -> timed.offer("second", () -> {}));
        await().until(() -> waits.size() == 2);
        assertThat(waits.get(1)).isGreaterThanOrEqualTo(UiUpdateQueue.MIN_INTERVAL.toNanos() - 50_000_000);
        assertThat(waits.get(0)).isLessThan(waits.get(1));
    }

    @Test
    void aDetachedUiGetsNoMoreUpdates() throws InterruptedException {
        List<String> shown = new CopyOnWriteArrayList<>();
        UiUpdateQueue detached = new UiUpdateQueue(command -> {
            throw new UIDetachedException();
        });
        detached.offer("a", () -> shown.add("a"));
        Thread.sleep(UiUpdateQueue.MIN_INTERVAL.toMillis() * 2);
        detached.offer("a", () -> shown.add("b"));
        queue.close();
        queue.offer("a", () -> shown.add("c"));
        Thread.sleep(UiUpdateQueue.MIN_INTERVAL.toMillis() * 2);
        assertThat(shown).isEmpty();
        assertThat(pushes.get()).isZero();
    }
}
