package kr.seoul.smartcity.display.service;

import kr.seoul.smartcity.base.events.Topic;

/** A display's remotes, code or state changed (paired, unpaired, steered, closed): its screens redraw what they show. */
public record DisplayChanged(String displayId) {

    public static final Topic<DisplayChanged> TOPIC = Topic.of("display.changed", DisplayChanged.class);
}
