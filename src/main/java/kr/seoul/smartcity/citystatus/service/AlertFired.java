package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: an alert fired, or was acknowledged. Screens reload their open alerts. */
public record AlertFired(long alertId, boolean acknowledged) {

    public static final Topic<AlertFired> TOPIC = Topic.of("citystatus.alert", AlertFired.class);
}
