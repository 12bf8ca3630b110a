package kr.seoul.smartcity.directive.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: the presenter of a briefing turned to a page, wrote a note on it, or ended the briefing. */
public record BriefingMoved(String briefingId, int page, boolean ended) {

    public static final Topic<BriefingMoved> TOPIC = Topic.of("briefing.moved", BriefingMoved.class);
}
