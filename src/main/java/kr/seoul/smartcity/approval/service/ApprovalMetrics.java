package kr.seoul.smartcity.approval.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * E-approval actions taken, by {@code action} ({@code city.approval.actions}): {@code CREATE}, {@code EDIT},
 * {@code SUBMIT}, {@code APPROVE}, {@code REJECT_TO_DRAFTER}, {@code REJECT_TO_PREVIOUS}, {@code HOLD},
 * {@code RELEASE}, {@code WITHDRAW}, {@code REDRAFT}, {@code READ}, {@code ATTACH}. Counted once the action is stored.
 */
@Component
class ApprovalMetrics {

    private final MeterRegistry registry;

    ApprovalMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void acted(String action) {
        Counter.builder("city.approval.actions")
                .description("E-approval actions taken")
                .tag("action", action)
                .register(registry)
                .increment();
    }
}
