package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: new values of these indicators were recorded. Screens reload what they show of them. */
public record ObservationsRecorded(List<String> indicatorCodes) {

    public static final Topic<ObservationsRecorded> TOPIC =
            Topic.of("citystatus.observations", ObservationsRecorded.class);
}
