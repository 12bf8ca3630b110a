package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.citystatus.service.SourceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Polls every configured feed at its interval on a scheduler of its own, and runs a feed on demand. Each run is
 * recorded in the source status: its rows on success; on failure its message, which is also logged. One feed's
 * failure never stops another, nor that feed's next run. Runs of one feed never overlap.
 * <p>
 * A feed without its key is not configured: it is registered as such and never polled. Every instance polls the
 * feeds it has keys for; values are keyed by their time, so a second instance reading the same data overwrites
 * rather than duplicates it.
 */
@Service
public class CityFeedScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CityFeedScheduler.class);

    private final Map<String, FeedConnector> connectors = new LinkedHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final SourceStatusService statuses;
    private final SourceHealth health;
    private final CityFeedProperties properties;
    private final Clock clock;
    private ThreadPoolTaskScheduler scheduler;

    CityFeedScheduler(
            List<FeedConnector> connectors,
            SourceStatusService statuses,
            SourceHealth health,
            CityFeedProperties properties,
            Clock clock) {
        connectors.forEach(
                connector -> this.connectors.put(connector.description().source(), connector));
        this.statuses = statuses;
        this.health = health;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(Math.max(1, connectors.size()));
        scheduler.setThreadNamePrefix("city-feed-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setErrorHandler(error -> log.error("A feed run failed unexpectedly", error));
        scheduler.initialize();
        for (FeedConnector connector : connectors.values()) {
            FeedDescription feed = connector.description();
            try {
                statuses.register(feed.source(), feed.configured());
            } catch (RuntimeException e) {
                log.warn("Could not register feed {} in the source status: {}", feed.source(), e.toString());
            }
            if (feed.configured()) {
                scheduler.scheduleWithFixedDelay(
                        () -> run(connector), clock.instant().plus(properties.initialDelay()), feed.interval());
                log.info("Feed {} is polled every {}", feed.source(), feed.interval());
            } else {
                log.info("Feed {} is not configured ({} is not set): not polled", feed.source(), feed.keyProperty());
            }
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** The feeds, in the order they are configured, with their status. */
    public List<FeedSource> sources() {
        Map<String, SourceStatus> recorded = new LinkedHashMap<>();
        statuses.all().forEach(status -> recorded.put(status.source(), status));
        return connectors.values().stream()
                .map(FeedConnector::description)
                .map(feed -> new FeedSource(
                        feed,
                        running.contains(feed.source()),
                        recorded.getOrDefault(feed.source(), SourceStatus.never(feed.source(), feed.configured()))))
                .toList();
    }

    public List<String> sourceNames() {
        return List.copyOf(connectors.keySet());
    }

    /**
     * Runs a feed now and waits for it (after a run of it already under way).
     *
     * @throws NoSuchElementException if there is no such feed
     * @throws IllegalStateException  if the feed is not configured
     */
    public FeedRun run(String source) {
        return run(configuredConnector(source));
    }

    /** Starts a run of a feed in the background; the status tells how it went. */
    public void runSoon(String source) {
        FeedConnector connector = configuredConnector(source);
        ThreadPoolTaskScheduler current;
        synchronized (this) {
            current = scheduler;
        }
        if (current == null) {
            throw new IllegalStateException("The feed scheduler is stopped");
        }
        current.execute(() -> run(connector));
    }

    /** The feed of that name; refused if there is none or it is not configured. */
    private FeedConnector configuredConnector(String source) {
        FeedConnector connector = connectors.get(source);
        if (connector == null) {
            throw new NoSuchElementException("No feed named " + source);
        }
        FeedDescription feed = connector.description();
        if (!feed.configured()) {
            throw new IllegalStateException(source + " is not configured: set " + feed.keyProperty());
        }
        return connector;
    }

    private FeedRun run(FeedConnector connector) {
        String source = connector.description().source();
        ReentrantLock lock = locks.computeIfAbsent(source, name -> new ReentrantLock());
        lock.lock();
        try {
            running.add(source);
            statuses.publishChange(source);
            long started = System.nanoTime();
            try {
                int rows = connector.poll();
                statuses.recordSuccess(source, rows);
                health.recovered(source);
                log.debug("Feed {}: {} rows in {} ms", source, rows, (System.nanoTime() - started) / 1_000_000);
                return FeedRun.success(source, rows);
            } catch (RuntimeException failure) {
                String message = message(failure);
                if (failure instanceof FeedException) {
                    log.warn("Feed {} failed: {}", source, message);
                } else {
                    log.error("Feed {} failed: {}", source, message, failure);
                }
                statuses.recordFailure(source, message);
                health.failing(source, message);
                return FeedRun.failure(source, message);
            }
        } finally {
            running.remove(source);
            lock.unlock();
            statuses.publishChange(source);
        }
    }

    private static String message(RuntimeException failure) {
        if (failure instanceof FeedException) {
            return failure.getMessage();
        }
        String detail = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return failure.getClass().getSimpleName() + detail;
    }

    /** How one run went. */
    public record FeedRun(String source, boolean success, int rows, String error) {

        static FeedRun success(String source, int rows) {
            return new FeedRun(source, true, rows, null);
        }

        static FeedRun failure(String source, String error) {
            return new FeedRun(source, false, 0, error);
        }
    }
}
