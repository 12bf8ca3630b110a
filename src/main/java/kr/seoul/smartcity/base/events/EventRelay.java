package kr.seoul.smartcity.base.events;

import java.util.function.Consumer;

/** Carries events between the instances of the application. */
interface EventRelay extends AutoCloseable {

    /** Sends an envelope to every instance, this one included. */
    void send(EventEnvelope envelope);

    /** Starts receiving envelopes from every instance. */
    void start(Consumer<EventEnvelope> receiver);

    @Override
    void close();
}
