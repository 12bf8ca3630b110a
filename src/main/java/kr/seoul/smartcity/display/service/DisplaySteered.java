package kr.seoul.smartcity.display.service;

import kr.seoul.smartcity.base.events.Topic;

/** A remote chose what a display shows: every instance serving that display opens the path. */
public record DisplaySteered(String displayId, String path) {

    public static final Topic<DisplaySteered> TOPIC = Topic.of("display.steered", DisplaySteered.class);
}
