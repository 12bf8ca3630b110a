package kr.seoul.smartcity.base.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The bus's own rules, with an in-memory relay standing in for PostgreSQL (CrossInstanceEventsIT covers the real
 * relay between two application contexts).
 */
class LiveEventBusTest {

    record CityAlert(String district, int level) {}

    static final Topic<CityAlert> ALERTS = Topic.of("city.alert", CityAlert.class);
    static final Topic<CityAlert> OTHER = Topic.of("city.other", CityAlert.class);

    /** Delivers every envelope to every bus started on it, as NOTIFY does. */
    static final class SharedChannel {
        final List<Consumer<EventEnvelope>> receivers = new CopyOnWriteArrayList<>();

        EventRelay relay() {
            return new EventRelay() {
                @Override
                public void send(EventEnvelope envelope) {
                    receivers.forEach(receiver -> receiver.accept(envelope));
                }

                @Override
                public void start(Consumer<EventEnvelope> receiver) {
                    receivers.add(receiver);
                }

                @Override
                public void close() {}
            };
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final SharedChannel channel = new SharedChannel();
    private final List<LiveEventBus> buses = new ArrayList<>();

    private LiveEventBus bus() {
        LiveEventBus bus = new LiveEventBus(json, channel.relay());
        buses.add(bus);
        return bus;
    }

    @AfterEach
    void close() {
        buses.forEach(LiveEventBus::close);
    }

    @Test
    void anEventReachesSubscribersOfItsTopicInThisAndOtherInstancesOnce() {
        LiveEventBus here = bus();
        LiveEventBus there = bus();
        List<CityAlert> seenHere = new CopyOnWriteArrayList<>();
        List<CityAlert> seenThere = new CopyOnWriteArrayList<>();
        List<CityAlert> otherTopic = new CopyOnWriteArrayList<>();
        here.subscribe(ALERTS, seenHere::add);
        there.subscribe(ALERTS, seenThere::add);
        there.subscribe(OTHER, otherTopic::add);

        here.publish(ALERTS, new CityAlert("11110", 3));

        await().until(() -> seenHere.size() == 1 && seenThere.size() == 1);
        assertThat(seenThere).containsExactly(new CityAlert("11110", 3));
        assertThat(seenHere).containsExactly(new CityAlert("11110", 3));
        assertThat(otherTopic).isEmpty();
    }

    @Test
    void eventsArriveInPublishingOrder() {
        LiveEventBus bus = bus();
        List<Integer> levels = new CopyOnWriteArrayList<>();
        bus.subscribe(ALERTS, alert -> levels.add(alert.level()));
        for (int level = 0; level < 100; level++) {
            bus.publish(ALERTS, new CityAlert("11110", level));
        }
        await().until(() -> levels.size() == 100);
        assertThat(levels).isSorted();
    }

    @Test
    void aClosedSubscriptionGetsNothingAndAFailingSubscriberDoesNotStopOthers() throws InterruptedException {
        LiveEventBus bus = bus();
        List<CityAlert> closed = new CopyOnWriteArrayList<>();
        List<CityAlert> healthy = new CopyOnWriteArrayList<>();
        bus.subscribe(ALERTS, alert -> {
            throw new IllegalStateException("broken screen");
        });
        LiveEventBus.Subscription subscription = bus.subscribe(ALERTS, closed::add);
        bus.subscribe(ALERTS, healthy::add);
        subscription.close();

        bus.publish(ALERTS, new CityAlert("11680", 1));

        await().until(() -> healthy.size() == 1);
        assertThat(closed).isEmpty();
        assertThat(bus.subscriberCount(ALERTS)).isEqualTo(2);
    }

    @Test
    void topicNamesAreCheckedWhenDeclared() {
        assertThatThrownBy(() -> Topic.of("Not a topic!", CityAlert.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
