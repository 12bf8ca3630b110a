package kr.seoul.smartcity.call.service;

import kr.seoul.smartcity.base.events.Topic;

/**
 * Live event: a WebRTC signalling message between two browsers in a built-in call (an offer, an answer, an ICE
 * candidate, a greeting or a goodbye). It travels between application instances like every live event, so the data
 * is compressed by the browser and kept small.
 *
 * @param from the sending browser's peer id
 * @param to   the receiving peer id, or {@code *} for everyone in the call
 * @param type {@code hello}, {@code offer}, {@code answer}, {@code candidate} or {@code bye}
 * @param data opaque to the server
 */
public record CallSignal(long callId, String from, String to, String type, String data) {

    public static final Topic<CallSignal> TOPIC = Topic.of("call.signal", CallSignal.class);
    public static final String EVERYONE = "*";
    /** Well below PostgreSQL's NOTIFY limit of 8000 bytes, leaving room for the envelope. */
    public static final int MAX_DATA = 6000;
}
