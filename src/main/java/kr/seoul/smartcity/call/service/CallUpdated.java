package kr.seoul.smartcity.call.service;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a call changed (someone answered, declined, joined or left; it ended or was missed). */
public record CallUpdated(long callId) {

    public static final Topic<CallUpdated> TOPIC = Topic.of("call.updated", CallUpdated.class);
}
