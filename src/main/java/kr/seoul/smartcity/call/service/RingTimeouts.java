package kr.seoul.smartcity.call.service;

import java.time.Duration;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import org.springframework.stereotype.Component;

/** Every few seconds, turns calls that rang too long into missed calls. */
@Component
class RingTimeouts extends PeriodicJob {

    private final CallService calls;

    RingTimeouts(CallService calls) {
        super("call-ring-timeouts", Duration.ofSeconds(3));
        this.calls = calls;
    }

    @Override
    protected void runOnce() {
        calls.expireRinging();
    }
}
