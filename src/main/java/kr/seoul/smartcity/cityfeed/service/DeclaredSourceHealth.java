package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import org.jspecify.annotations.Nullable;

/**
 * How a declared source is doing: its last success and error, and its lag, the time since it last delivered, judged
 * against how often it should.
 *
 * @param credentialSet whether the setting its credential is read from is set on this instance
 */
public record DeclaredSourceHealth(
        DataSource source,
        SourceStatus status,
        boolean credentialSet,
        @Nullable Duration lag,
        State state) {

    /** A source is late when it has not delivered for more than this many of its periods. */
    static final int LATE_AFTER_PERIODS = 2;

    public enum State implements Labelled {
        /** Switched off by its stewards. */
        DISABLED,
        /** Entered by hand; nothing to fetch. */
        ENTERED,
        /** Its credential is not set: not fetched. */
        NO_CREDENTIAL,
        /** Not run yet. */
        WAITING,
        OK,
        /** Its last run succeeded, but longer ago than its period allows. */
        LATE,
        /** Its last run failed. */
        FAILING;

        @Override
        public String labelKey() {
            return "data-sources.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static DeclaredSourceHealth of(DataSource source, SourceStatus status, boolean credentialSet, Instant now) {
        Instant since = status.lastSuccessAt();
        Duration lag = since == null ? null : Duration.between(since, now);
        State state;
        if (!source.kind().fetched()) {
            state = State.ENTERED;
        } else if (!source.enabled()) {
            state = State.DISABLED;
        } else if (!credentialSet) {
            state = State.NO_CREDENTIAL;
        } else if (status.failing()) {
            state = State.FAILING;
        } else if (since == null) {
            state = State.WAITING;
        } else if (lag.compareTo(source.every().multipliedBy(LATE_AFTER_PERIODS)) > 0) {
            state = State.LATE;
        } else {
            state = State.OK;
        }
        return new DeclaredSourceHealth(source, status, credentialSet, lag, state);
    }

    public boolean healthy() {
        return state != State.FAILING && state != State.LATE;
    }
}
