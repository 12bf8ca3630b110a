package kr.seoul.smartcity.simulation.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/** Runs the simulated feed on its own thread once the application is ready, and stops it with the application. */
public class SimulationRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final SimulatedCityFeed feed;
    private final SimulationProperties properties;
    private ScheduledExecutorService scheduler;

    public SimulationRunner(SimulatedCityFeed feed, SimulationProperties properties) {
        this.feed = feed;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void begin() {
        scheduler.execute(() -> guarded(feed::start));
        long every = properties.interval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> guarded(feed::tick), every, every, TimeUnit.MILLISECONDS);
    }

    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                log.debug("The simulated city feed stopped during a step", e);
            } else {
                log.warn("The simulated city feed failed a step; it goes on at the next one", e);
            }
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("simulated-city").daemon().factory());
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null && !scheduler.isShutdown();
    }
}
