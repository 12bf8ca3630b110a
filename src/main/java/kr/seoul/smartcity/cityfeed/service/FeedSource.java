package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;

/**
 * One feed as administrators see it: whether this instance polls it, how often, whether a run is under way, and
 * the recorded status of its runs.
 */
public record FeedSource(
        String source,
        String keyProperty,
        boolean configured,
        Duration interval,
        boolean running,
        SourceStatus status) {

    public FeedSource(FeedDescription feed, boolean running, SourceStatus status) {
        this(feed.source(), feed.keyProperty(), feed.configured(), feed.interval(), running, status);
    }

    public enum State implements Labelled {
        /** No key: not polled. */
        NOT_CONFIGURED,
        /** A run is under way. */
        RUNNING,
        /** Configured, not run yet. */
        WAITING,
        /** The last run succeeded. */
        OK,
        /** The last run failed. */
        FAILING;

        @Override
        public String labelKey() {
            return "sources.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public State state() {
        if (running) {
            return State.RUNNING;
        }
        if (!configured) {
            return State.NOT_CONFIGURED;
        }
        if (status.failing()) {
            return State.FAILING;
        }
        return status.lastSuccessAt() != null ? State.OK : State.WAITING;
    }
}
