package kr.seoul.smartcity.cityfeed.service;

/**
 * The port every real feed plugs into: the scheduler polls a configured connector at its interval, records each run
 * in the source status, and never lets one connector's failure stop another.
 */
public interface FeedConnector {

    /** The source's name, the property its key is set in, whether it is set, and the polling interval. */
    FeedDescription description();

    /**
     * Reads the feed once and records what it delivered: all of it, or nothing if any part of the read failed.
     *
     * @return the number of rows (records, messages, arrivals, places) read
     * @throws FeedException if the feed could not be read
     */
    int poll();
}
