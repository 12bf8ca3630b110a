package kr.seoul.smartcity.security.service;

import java.time.Duration;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Removes sign-in audit lines older than {@code city.security.sign-in.audit-retention}, once an hour. */
@Component
class SignInAuditRetention extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(SignInAuditRetention.class);

    private final SignInGuard guard;

    SignInAuditRetention(SignInGuard guard) {
        super("sign-in-audit-retention", Duration.ofHours(1));
        this.guard = guard;
    }

    @Override
    protected void runOnce() {
        long removed = guard.removeExpired();
        if (removed > 0) {
            log.info("Removed {} sign-in audit lines past their retention", removed);
        }
    }
}
