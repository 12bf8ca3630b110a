package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Service;

/**
 * Fetches every declared source when it is due, on exactly one instance: each instance looks for due sources every
 * {@code city.sources.poll} and claims one at a time in PostgreSQL (the claim moves the source's next run a period
 * ahead and leases it to the instance), so however many instances run, each period brings one upstream call. A
 * lease outlives an instance that dies mid-run by a few minutes only.
 */
@Service
public class DeclaredSourcePoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeclaredSourcePoller.class);
    /** Longer than any run: time-outs and retries end a run well before. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** Runs at once on one instance. */
    private static final int WORKERS = 4;
    /** Runs kept in each source's log. */
    static final int RUNS_KEPT = 500;

    private static final int TRIM_EVERY = 240;

    private final String instance = "instance-" + UUID.randomUUID().toString().substring(0, 8);
    private final DeclaredSources sources;
    private final DeclaredSourceRunner runner;
    private final DataSourceStore store;
    private final CityFeedProperties properties;
    private final Semaphore slots = new Semaphore(WORKERS);
    private ThreadPoolTaskScheduler scheduler;
    private long ticks;

    DeclaredSourcePoller(
            DeclaredSources sources,
            DeclaredSourceRunner runner,
            DataSourceStore store,
            CityFeedProperties properties) {
        this.sources = sources;
        this.runner = runner;
        this.store = store;
        this.properties = properties;
    }

    public String instance() {
        return instance;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(WORKERS + 1);
        scheduler.setThreadNamePrefix("declared-source-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.setErrorHandler(error -> log.error("Polling declared sources failed", error));
        scheduler.initialize();
        scheduler.scheduleWithFixedDelay(
                this::tick, java.time.Instant.now().plus(properties.initialDelay()), properties.poll());
        log.info("Declared sources are looked at every {} by {}", properties.poll(), instance);
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

    /** Claims and starts the sources that are due, as long as this instance has free workers. */
    void tick() {
        if (ticks++ % TRIM_EVERY == 0) {
            store.trimRuns(RUNS_KEPT);
        }
        claimAndRun(sources.all().stream()
                .filter(sources::ready)
                .map(DataSource::name)
                .toList());
    }

    /** Claims and starts those of the sources that are due, as long as this instance has free workers. */
    void claimAndRun(List<String> ready) {
        while (slots.tryAcquire()) {
            Optional<String> claimed;
            try {
                claimed = store.claimDue(ready, instance, LEASE);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            String name = claimed.get();
            ThreadPoolTaskScheduler current = scheduler;
            if (current == null) {
                store.release(name, instance);
                slots.release();
                return;
            }
            current.execute(() -> {
                try {
                    sources.find(name).ifPresent(source -> runner.run(source, instance));
                } finally {
                    store.release(name, instance);
                    slots.release();
                }
            });
        }
    }

    /**
     * Runs a source now on this instance and waits for it, unless another instance is running it.
     *
     * @throws NoSuchElementException if there is no such source
     * @throws IllegalStateException  if it is being run elsewhere, or cannot be fetched here
     */
    public SourceRun runNow(String name) {
        DataSource source = sources.find(name).orElseThrow(() -> new NoSuchElementException("No source named " + name));
        if (!source.kind().fetched()) {
            throw new IllegalStateException(name + " is entered by hand; there is nothing to fetch");
        }
        if (!store.claimNow(name, instance, LEASE)) {
            throw new IllegalStateException(name + " is being fetched by another instance now");
        }
        try {
            return runner.run(source, instance);
        } finally {
            store.release(name, instance);
        }
    }
}
