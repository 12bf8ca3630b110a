package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;

/**
 * The port every real feed plugs into: the scheduler polls a configured connector at its interval, records each run
 * in the source status, and never lets one connector's failure stop another.
 */
public interface FeedConnector {

    /** Stable name of the source, the service name of the feed (for example {@code RealtimeCityAir}). */
    String source();

    /** The property that must be set for this source to be polled, for the admin view. */
    String keyProperty();

    /** Whether its key is set. */
    boolean configured();

    Duration interval();

    /**
     * Reads the feed once and records what it delivered: all of it, or nothing if any part of the read failed.
     *
     * @return the number of rows (records, messages, arrivals, places) read
     * @throws FeedException if the feed could not be read
     */
    int poll();
}
