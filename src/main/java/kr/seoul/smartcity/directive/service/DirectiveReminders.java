package kr.seoul.smartcity.directive.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Checks open directives every {@code city.directives.reminder-interval} and reminds the departments of those due
 * soon. Each directive is reminded once (the store only records a reminder where none was recorded), so several
 * instances checking at once remind once.
 */
@Component
class DirectiveReminders implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DirectiveReminders.class);

    private final DirectiveService directives;
    private final DirectiveProperties properties;
    private ScheduledExecutorService timer;

    DirectiveReminders(DirectiveService directives, DirectiveProperties properties) {
        this.directives = directives;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("directive-reminders").daemon()
                .factory());
        long every = Math.max(1, properties.reminderInterval().toSeconds());
        timer.scheduleWithFixedDelay(this::remind, every, every, TimeUnit.SECONDS);
    }

    private void remind() {
        try {
            int reminded = directives.remindDue();
            if (reminded > 0) {
                log.info("Reminded departments of {} directives due soon", reminded);
            }
        } catch (RuntimeException e) {
            log.warn("Could not check directives for reminders; trying again at the next check", e);
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
