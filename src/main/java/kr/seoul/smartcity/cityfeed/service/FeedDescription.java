package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;

/**
 * What a connector reads and how it is polled: the scheduler registers and schedules a feed by it, and the admin
 * view shows it.
 *
 * @param source      stable name of the source, the service name of the feed (for example {@code RealtimeCityAir})
 * @param keyProperty the property that must be set for the source to be polled, for the admin view
 * @param configured  whether its key (and anything else the feed cannot be read without) is set
 * @param interval    how often it is polled
 */
public record FeedDescription(String source, String keyProperty, boolean configured, Duration interval) {}
