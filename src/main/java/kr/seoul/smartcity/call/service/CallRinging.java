package kr.seoul.smartcity.call.service;

import java.util.List;

import kr.seoul.smartcity.base.events.Topic;

/** Live event: a call started ringing for these people (or rings for someone newly invited to a room). */
public record CallRinging(long callId, List<String> callees) {

    public static final Topic<CallRinging> TOPIC = Topic.of("call.ringing", CallRinging.class);
}
