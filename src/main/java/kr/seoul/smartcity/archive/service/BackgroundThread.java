package kr.seoul.smartcity.archive.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.context.SmartLifecycle;

/**
 * A background job of the archive on one daemon thread of its own, started and stopped with the application: the
 * indexer and the embedder. What runs on it is said by {@link #schedule}; {@link #thread()} takes more work.
 */
abstract class BackgroundThread implements SmartLifecycle {

    private final String name;
    private volatile ScheduledExecutorService executor;

    BackgroundThread(String name) {
        this.name = name;
    }

    /** Puts the job's recurring work on its thread, once it has started. */
    abstract void schedule(ScheduledExecutorService thread);

    ScheduledExecutorService thread() {
        return executor;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        schedule(executor);
    }

    @Override
    public void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }
}
