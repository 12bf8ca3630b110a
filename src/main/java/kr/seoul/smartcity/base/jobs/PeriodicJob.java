package kr.seoul.smartcity.base.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work done every so often on a thread of its own while the application runs, such as expiring calls that rang too
 * long. A run that fails is logged and the next one comes as planned.
 */
public abstract class PeriodicJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicJob.class);

    private final String name;
    private final Duration every;
    private ScheduledExecutorService timer;

    /**
     * @param name  the thread's name, also in log lines
     * @param every the time between the end of one run and the start of the next (at least a millisecond)
     */
    protected PeriodicJob(String name, Duration every) {
        this.name = name;
        this.every = every.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : every;
    }

    /** One run. */
    protected abstract void runOnce();

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(name).daemon().factory());
        long millis = every.toMillis();
        timer.scheduleWithFixedDelay(this::runSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}", name, every, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
