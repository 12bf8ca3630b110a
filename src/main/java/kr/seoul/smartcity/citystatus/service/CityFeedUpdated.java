package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: map points or disaster messages changed. {@code what} is a layer name or {@code disaster-messages}. */
public record CityFeedUpdated(String what) {

    public static final Topic<CityFeedUpdated> TOPIC = Topic.of("citystatus.feed", CityFeedUpdated.class);
}
