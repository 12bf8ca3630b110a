package kr.seoul.smartcity.base.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads shared by every open screen: when an event makes thousands of screens redraw at the same moment, the first
 * that asks for a key reads it and the others take the same value, instead of one database read each. All reads are
 * dropped when one of the events named arrives ({@link #dropOn}, here or from another instance through the bus),
 * and each after a maximum age, so that moving windows ("the last 24 hours") move on. Values must be immutable.
 *
 * @param <K> what a read is for, a value with {@code equals} (a record)
 */
public final class ReadsForAll<K> {

    private final Clock clock;
    private final Duration maxAge;
    private final AtomicLong generation = new AtomicLong();
    private final Map<K, Read> reads = new ConcurrentHashMap<>();
    private final Map<K, Object> readers = new ConcurrentHashMap<>();

    private record Read(long generation, Instant at, Object value) {}

    public ReadsForAll(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * Drops every read when an event of the topic arrives. Call it before any screen subscribes (from a bean's
     * constructor), so that the bus drops the old reads before it tells the screens to redraw.
     */
    public ReadsForAll<K> dropOn(LiveEventBus events, Topic<?> topic) {
        events.subscribe(topic, event -> {
            generation.incrementAndGet();
            reads.clear();
        });
        return this;
    }

    /** The shared read for the key, read now by this caller if there is none or it was dropped or is too old. */
    @SuppressWarnings("unchecked")
    public <V> V get(K key, Supplier<V> reader) {
        Read read = reads.get(key);
        if (fresh(read)) {
            return (V) read.value();
        }
        synchronized (readers.computeIfAbsent(key, k -> new Object())) {
            read = reads.get(key);
            if (fresh(read)) {
                return (V) read.value();
            }
            long current = generation.get();
            Instant at = clock.instant();
            V value = reader.get();
            reads.put(key, new Read(current, at, value));
            return value;
        }
    }

    private boolean fresh(Read read) {
        return read != null
                && read.generation() == generation.get()
                && Duration.between(read.at(), clock.instant()).compareTo(maxAge) < 0;
    }
}
