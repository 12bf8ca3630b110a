package kr.seoul.smartcity.dashboard.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a dashboard was saved, restored or deleted; every open screen showing it recomposes, on every instance. */
public record DashboardChanged(String slug) {

    public static final Topic<DashboardChanged> TOPIC = Topic.of("dashboard.changed", DashboardChanged.class);
}
