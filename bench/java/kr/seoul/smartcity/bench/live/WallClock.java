package kr.seoul.smartcity.bench.live;

import java.time.Instant;

/**
 * The time base of the push benchmarks: wall-clock epoch microseconds. The moment the replay served a value is taken
 * in the benchmark's JVM and a push's arrival possibly in a client process of its own; all run on one machine, so
 * its clock is the one clock they share (unlike {@link System#nanoTime()}, which only compares within one JVM).
 */
final class WallClock {

    private WallClock() {}

    /** Now, in microseconds since the epoch. */
    static long micros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
