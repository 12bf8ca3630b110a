package kr.seoul.smartcity.bench.live;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Viewers held by one {@link LoadClient} in this JVM, opening {@code parallelOpens} UIs at a time. */
final class LocalViewers implements Viewers {

    private final LoadClient client;
    private final int parallelOpens;
    private final IntFunction<LoadClient.Visitor> visitors;
    private UpdateRound round;

    LocalViewers(LoadClient client, int parallelOpens, IntFunction<LoadClient.Visitor> visitors) {
        this.client = client;
        this.parallelOpens = parallelOpens;
        this.visitors = visitors;
    }

    @Override
    public void openUntil(int total) throws Exception {
        client.openUntil(total, parallelOpens, visitors);
    }

    @Override
    public int navigationChars() {
        return SimulatedUi.navigationChars;
    }

    @Override
    public void expect(String marker) {
        round = new UpdateRound(marker, client.size());
        client.measure(round);
    }

    @Override
    public long[] arrivals(Duration timeout) throws InterruptedException {
        if (round == null) {
            throw new IllegalStateException("no round expected");
        }
        round.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        client.measure(null);
        long[] arrivals = round.arrivals();
        round = null;
        return arrivals;
    }

    @Override
    public void close() {
        client.close();
    }
}
