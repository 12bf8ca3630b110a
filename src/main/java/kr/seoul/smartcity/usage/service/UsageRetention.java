package kr.seoul.smartcity.usage.service;

import java.time.Duration;

import kr.seoul.smartcity.base.jobs.PeriodicJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Every hour, forgets recorded uses older than city.usage.retention and counts older than count-retention. */
@Component
class UsageRetention extends PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(UsageRetention.class);

    private final UsageRecorder recorder;

    UsageRetention(UsageRecorder recorder) {
        super("usage-retention", Duration.ofHours(1));
        this.recorder = recorder;
    }

    @Override
    protected void runOnce() {
        long removed = recorder.expire();
        if (removed > 0) {
            log.info("Forgot {} recorded uses and counts past their retention", removed);
        }
    }
}
