package kr.seoul.smartcity.base.events;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's bus for live updates. An event published here reaches subscribers in this instance at once and
 * subscribers in every other instance through the {@link EventRelay} (PostgreSQL LISTEN/NOTIFY in production).
 * <p>
 * Subscribers are called one at a time, in publishing order, on the bus's own thread: they should hand work on
 * quickly (UI subscribers do, through {@code base.ui.LiveUpdates}). An event is read from its JSON once and the same
 * object handed to every subscriber (thousands of open screens share it), so payloads are immutable records.
 */
public class LiveEventBus implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveEventBus.class);

    private final String origin = UUID.randomUUID().toString();
    private final Map<String, List<Subscriber<?>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("live-events").daemon().factory());
    private final JsonMapper json;
    private final EventRelay relay;

    LiveEventBus(JsonMapper json, EventRelay relay) {
        this.json = json;
        this.relay = relay;
        relay.start(this::receive);
    }

    /**
     * Publishes an event to every subscriber of the topic, in this instance and the others.
     *
     * @throws EventTooLargeException if the payload is too large to travel between instances
     */
    public <T> void publish(Topic<T> topic, T payload) {
        String body = json.writeValueAsString(payload);
        EventEnvelope envelope = new EventEnvelope(origin, topic.name(), body);
        try {
            relay.send(envelope);
        } catch (EventTooLargeException e) {
            throw e;
        } catch (RuntimeException e) {
            // what was done is done (the event follows a committed change): this instance's screens still get it,
            // the other instances' screens catch up when they next change or reload
            log.warn("Event {} did not reach the other instances: {}", topic.name(), e.getMessage());
        }
        dispatch(topic.name(), body);
    }

    /**
     * Calls the listener with every event on the topic until the returned subscription is closed.
     */
    public <T> Subscription subscribe(Topic<T> topic, Consumer<? super T> listener) {
        Subscriber<T> subscriber = new Subscriber<>(topic, listener);
        subscribers
                .computeIfAbsent(topic.name(), name -> new CopyOnWriteArrayList<>())
                .add(subscriber);
        return () -> subscribers.getOrDefault(topic.name(), List.of()).remove(subscriber);
    }

    /** Number of live subscriptions on a topic, for status pages and tests. */
    public int subscriberCount(Topic<?> topic) {
        return subscribers.getOrDefault(topic.name(), List.of()).size();
    }

    private void receive(EventEnvelope envelope) {
        if (!origin.equals(envelope.origin())) {
            dispatch(envelope.topic(), envelope.payload());
        }
    }

    private void dispatch(String topic, String body) {
        List<Subscriber<?>> targets = subscribers.getOrDefault(topic, List.of());
        if (targets.isEmpty()) {
            return;
        }
        dispatcher.execute(() -> {
            // those subscribed when the event's turn comes; the last may have left since it was published
            List<Subscriber<?>> now = List.copyOf(targets);
            if (now.isEmpty()) {
                return;
            }
            Object payload;
            try {
                payload = json.readValue(body, now.getFirst().topic.payloadType());
            } catch (RuntimeException e) {
                log.warn("An event on {} could not be read: {}", topic, body, e);
                return;
            }
            now.forEach(subscriber -> subscriber.deliver(payload));
        });
    }

    @Override
    public void close() {
        relay.close();
        dispatcher.shutdown();
        try {
            dispatcher.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An open subscription; closing it stops delivery. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final class Subscriber<T> {
        private final Topic<T> topic;
        private final Consumer<? super T> listener;

        Subscriber(Topic<T> topic, Consumer<? super T> listener) {
            this.topic = topic;
            this.listener = listener;
        }

        /** Hands the event on; read once for all subscribers of the topic, so listeners must not change it. */
        void deliver(Object payload) {
            try {
                listener.accept(topic.payloadType().cast(payload));
            } catch (RuntimeException e) {
                log.warn("A subscriber of {} failed on an event", topic.name(), e);
            }
        }
    }
}
