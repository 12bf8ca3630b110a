package kr.seoul.smartcity.bench.live;

import java.time.Duration;

/**
 * The open dashboard UIs a push benchmark measures, wherever their client runs: in the benchmark's own JVM
 * ({@link LocalViewers}) or spread over client processes of their own ({@link ForkedViewers}).
 */
interface Viewers extends AutoCloseable {

    /** Opens the viewers of one measured set-up; called once per set-up, closed when it is done. */
    @FunctionalInterface
    interface Factory {
        Viewers open() throws Exception;
    }

    /** Opens UIs until {@code total} are open in all. */
    void openUntil(int total) throws Exception;

    /** The length of a first render's response (the server keeps the last one of each UI). */
    int navigationChars();

    /** Starts a round: from now on the first push carrying {@code marker} counts, once per UI. */
    void expect(String marker) throws Exception;

    /**
     * Waits until every UI has had the marked push or {@code timeout} has passed, then ends the round.
     *
     * @return for each open UI, when the push arrived in {@link WallClock} microseconds, or 0 if it did not
     */
    long[] arrivals(Duration timeout) throws Exception;

    @Override
    void close() throws Exception;
}
