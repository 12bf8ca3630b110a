package kr.seoul.smartcity.bench.live;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One update sent to every open UI: notes when each UI first received a push carrying the marker (the text the
 * update puts on screen), so that the latency of each UI counts from the moment the observation was ingested.
 */
final class UpdateRound {

    private final String marker;
    private final long[] arrived;
    private final CountDownLatch all;

    UpdateRound(String marker, int uis) {
        this.marker = marker;
        this.arrived = new long[uis];
        this.all = new CountDownLatch(uis);
    }

    void offer(int ui, String message, long arrivedNanos) {
        if (ui >= arrived.length || !message.contains(marker)) {
            return;
        }
        synchronized (this) {
            if (arrived[ui] != 0) {
                return;
            }
            arrived[ui] = arrivedNanos;
        }
        all.countDown();
    }

    /** Waits until every UI has the update or the time is up; true if all have it. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return all.await(timeout, unit);
    }

    /** The latency of every UI that received the update, in nanoseconds from {@code ingestedNanos}. */
    synchronized long[] latencies(long ingestedNanos) {
        return Arrays.stream(arrived).filter(at -> at != 0).map(at -> at - ingestedNanos).toArray();
    }

    synchronized int lost() {
        return (int) Arrays.stream(arrived).filter(at -> at == 0).count();
    }
}
