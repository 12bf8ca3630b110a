package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.DatabaseCalls;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.cityfeed.domain.SourceStatusRepository;
import org.springframework.stereotype.Service;

/** Records every run of every feed, for the admin view, and tells open screens. */
@Service
public class SourceStatusService {

    /** Longest error message kept; feed errors are short, stack traces are not stored. */
    static final int MAX_MESSAGE = 1000;

    private final SourceStatusRepository statuses;
    private final LiveEventBus events;
    private final Clock clock;
    private final FeedMetrics metrics;
    private final DatabaseCalls await;

    SourceStatusService(
            SourceStatusRepository statuses,
            LiveEventBus events,
            Clock clock,
            FeedMetrics metrics,
            DatabaseCalls await) {
        this.await = await;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    public void register(String source, boolean enabled) {
        statuses.register(source, enabled).as(await::value);
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(source));
    }

    public void recordSuccess(String source, int rows) {
        metrics.polled(source, true);
        statuses.recordSuccess(source, clock.instant(), rows).as(await::value);
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(source));
    }

    public void recordFailure(String source, String message) {
        metrics.polled(source, false);
        String kept = message == null || message.isBlank() ? "(no message)" : message.strip();
        if (kept.length() > MAX_MESSAGE) {
            kept = kept.substring(0, MAX_MESSAGE - 1) + "…";
        }
        statuses.recordFailure(source, clock.instant(), kept).as(await::value);
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(source));
    }

    /** Tells open screens that something about the source changed that is not stored, such as a run starting. */
    public void publishChange(String source) {
        events.publish(SourceStatusChanged.TOPIC, new SourceStatusChanged(source));
    }

    public Optional<SourceStatus> find(String source) {
        return statuses.findById(source).as(await::optional);
    }

    public List<SourceStatus> all() {
        return statuses.findAllByOrderBySource().as(await::list);
    }
}
