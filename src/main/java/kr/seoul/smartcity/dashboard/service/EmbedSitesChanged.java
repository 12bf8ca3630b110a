package kr.seoul.smartcity.dashboard.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: the sites allowed to frame public widgets changed; every instance drops its copy of the list. */
public record EmbedSitesChanged(String origin) {

    public static final Topic<EmbedSitesChanged> TOPIC = Topic.of("dashboard.embed-sites", EmbedSitesChanged.class);
}
