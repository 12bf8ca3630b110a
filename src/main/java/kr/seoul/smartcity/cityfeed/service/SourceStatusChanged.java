package kr.seoul.smartcity.cityfeed.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a source started or finished a run, or was registered. */
public record SourceStatusChanged(String source) {

    public static final Topic<SourceStatusChanged> TOPIC =
            Topic.of("cityfeed.source-status", SourceStatusChanged.class);
}
