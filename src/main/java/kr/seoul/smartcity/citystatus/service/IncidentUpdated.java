package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: an incident was reported or moved along its status chain. */
public record IncidentUpdated(long incidentId) {

    public static final Topic<IncidentUpdated> TOPIC = Topic.of("citystatus.incident", IncidentUpdated.class);
}
