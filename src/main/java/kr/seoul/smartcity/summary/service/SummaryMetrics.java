package kr.seoul.smartcity.summary.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Summaries asked for ({@code city.summary.calls}, by {@code answer}: {@code cached}, {@code model} or
 * {@code fallback}) and the extractive summaries shown instead of a model's ({@code city.summary.fallbacks}, by
 * {@code reason}, a {@link FallbackReason}).
 */
@Component
class SummaryMetrics {

    private final MeterRegistry registry;

    SummaryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void answered(String answer) {
        Counter.builder("city.summary.calls")
                .description("Summaries asked for, by what answered")
                .tag("answer", answer)
                .register(registry)
                .increment();
    }

    void fellBack(FallbackReason reason) {
        answered("fallback");
        Counter.builder("city.summary.fallbacks")
                .description("Extractive summaries shown instead of a model's")
                .tag("reason", reason.name())
                .register(registry)
                .increment();
    }
}
