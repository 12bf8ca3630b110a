package kr.seoul.smartcity.directive.service;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks open directives every {@code city.directives.reminder-interval} and reminds the departments of those due
 * soon. Each directive is reminded once (the store only records a reminder where none was recorded), so several
 * instances checking at once remind once.
 */
@Component
class DirectiveReminders extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(DirectiveReminders.class);

    private final DirectiveService directives;

    DirectiveReminders(DirectiveService directives, DirectiveProperties properties) {
        super("directive-reminders", properties.reminderInterval());
        this.directives = directives;
    }

    @Override
    protected void runOnce() {
        int reminded = directives.remindDue();
        if (reminded > 0) {
            log.info("Reminded departments of {} directives due soon", reminded);
        }
    }
}
