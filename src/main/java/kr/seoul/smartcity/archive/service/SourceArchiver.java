package kr.seoul.smartcity.archive.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import kr.seoul.smartcity.base.events.LiveEventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the records of another feature in the archive: archives one when that feature announces it, on a thread of
 * its own (never the caller's), tries again a few times when that fails, and on start catches up with those
 * announced while no instance was listening. Every instance hears every announcement; the archive keeps one copy per
 * source, so {@link #store} must skip what is archived already.
 *
 * @param <T> the record archived, read from its feature's service
 */
abstract class SourceArchiver<T> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SourceArchiver.class);
    private static final int PAGE = 100;
    private static final List<Duration> RETRIES =
            List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10));

    private final String what;
    private ScheduledExecutorService worker;
    private LiveEventBus.Subscription subscription;

    /** @param what the records in log lines, such as "report" */
    SourceArchiver(String what) {
        this.what = what;
    }

    /** Subscribes to the announcements, calling {@code archive} with the id of each record announced. */
    abstract LiveEventBus.Subscription listen(LongConsumer archive);

    /** The record to archive, if it should be archived (approved, say). */
    abstract Optional<T> find(long id);

    /** Up to {@code size} records with an id greater than {@code after}, by id. */
    abstract List<T> after(long after, int size);

    abstract long id(T record);

    /** Archives a record unless it is archived already; says whether it added it. */
    abstract boolean store(T record);

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name(what.replace(' ', '-') + "-archiver")
                .daemon()
                .factory());
        subscription = listen(id -> worker.execute(() -> archive(id, 0)));
        worker.execute(this::catchUp);
    }

    @Override
    public synchronized void stop() {
        if (subscription != null) {
            subscription.close();
        }
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Archives every record not archived yet; returns how many were added. */
    int catchUp() {
        int added = 0;
        long last = 0;
        try {
            List<T> page;
            do {
                page = after(last, PAGE);
                for (T record : page) {
                    added += store(record) ? 1 : 0;
                    last = id(record);
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            log.error(
                    "Catching up with {}s stopped after {} {}; the rest follows on the next start",
                    what,
                    what,
                    last,
                    e);
        }
        if (added > 0) {
            log.info("Archived {} {}s that were not in the archive yet", added, what);
        }
        return added;
    }

    private void archive(long id, int attempt) {
        try {
            find(id).ifPresent(this::store);
        } catch (RuntimeException e) {
            if (attempt < RETRIES.size()) {
                Duration wait = RETRIES.get(attempt);
                log.warn("{} {} could not be archived; trying again in {}", what, id, wait, e);
                worker.schedule(() -> archive(id, attempt + 1), wait.toSeconds(), TimeUnit.SECONDS);
            } else {
                log.error(
                        "{} {} could not be archived after {} attempts; it is archived on the next start",
                        what,
                        id,
                        attempt + 1,
                        e);
            }
        }
    }
}
