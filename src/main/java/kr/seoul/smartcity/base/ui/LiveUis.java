package kr.seoul.smartcity.base.ui;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * The open Vaadin sessions and UIs of this instance ({@code city.ui.sessions}, {@code city.ui.open}) and how long a
 * live update waits before it is pushed to a UI ({@code city.push.latency}: from the update reaching the UI's queue,
 * which is when the value was recorded on this instance or its notice arrived from another, to the push written).
 */
@Component
class LiveUis implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final Timer pushLatency;

    LiveUis(MeterRegistry registry) {
        Gauge.builder("city.ui.open", uis, AtomicInteger::get)
                .description("Open Vaadin UIs (browser tabs) of this instance")
                .register(registry);
        Gauge.builder("city.ui.sessions", sessions, AtomicInteger::get)
                .description("Open Vaadin sessions of this instance")
                .register(registry);
        pushLatency = Timer.builder("city.push.latency")
                .description("From a live update reaching a UI to its push, coalescing wait included")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
            UiUpdateQueue.of(init.getUI(), nanos -> pushLatency.record(nanos, TimeUnit.NANOSECONDS));
        });
    }
}
