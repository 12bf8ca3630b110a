package kr.seoul.smartcity.security.service;

import java.time.Duration;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import org.springframework.stereotype.Component;

/** Drops rate-limit buckets nobody used for an hour (a full bucket is what a new client gets anyway). */
@Component
class RateLimitCleanup extends PeriodicJob {

    private final RateLimiter limiter;

    RateLimitCleanup(RateLimiter limiter) {
        super("rate-limit-cleanup", Duration.ofMinutes(5));
        this.limiter = limiter;
    }

    @Override
    protected void runOnce() {
        limiter.forgetIdle(Duration.ofHours(1));
    }
}
