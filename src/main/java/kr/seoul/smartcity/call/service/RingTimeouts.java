package kr.seoul.smartcity.call.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Every few seconds, turns calls that rang too long into missed calls. */
@Component
class RingTimeouts implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RingTimeouts.class);

    private final CallService calls;
    private ScheduledExecutorService timer;

    RingTimeouts(CallService calls) {
        this.calls = calls;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("call-ring-timeouts").daemon()
                .factory());
        timer.scheduleWithFixedDelay(this::expire, 3, 3, TimeUnit.SECONDS);
    }

    private void expire() {
        try {
            calls.expireRinging();
        } catch (RuntimeException e) {
            log.warn("Could not expire ringing calls; trying again shortly", e);
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
