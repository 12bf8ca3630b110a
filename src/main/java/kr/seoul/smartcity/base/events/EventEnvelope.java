package kr.seoul.smartcity.base.events;

/**
 * What one application instance tells the others about an event: which instance published it (so that it does not
 * deliver its own events twice), on which topic, and the payload as JSON.
 */
record EventEnvelope(String origin, String topic, String payload) {}
