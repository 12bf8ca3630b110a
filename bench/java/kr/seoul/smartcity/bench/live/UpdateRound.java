package kr.seoul.smartcity.bench.live;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One update sent to every UI of one client: notes when each UI first received a push carrying the marker (the text
 * the update puts on screen), in {@link WallClock} microseconds, so that each UI's latency can count from the moment
 * the observation was ingested, whichever process took that moment.
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

    void offer(int ui, String message, long arrivedMicros) {
        if (ui >= arrived.length || !message.contains(marker)) {
            return;
        }
        synchronized (this) {
            if (arrived[ui] != 0) {
                return;
            }
            arrived[ui] = arrivedMicros;
        }
        all.countDown();
    }

    /** Waits until every UI has the update or the time is up; true if all have it. */
    boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return all.await(timeout, unit);
    }

    /** When each UI received the update, in epoch microseconds; 0 for a UI that did not. */
    synchronized long[] arrivals() {
        return arrived.clone();
    }
}
