package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.events.Topic;

/**
 * Connects a component to a topic of the live event bus for as long as it is attached. Updates are coalesced per UI
 * (see {@link UiUpdateQueue}): when events come faster than the browser should be pushed, only the latest one per
 * component and topic is applied, so handlers should redraw state rather than apply deltas.
 */
public final class LiveUpdates<T> {

    private final LiveEventBus bus;
    private final Topic<T> topic;
    private final SerializableConsumer<T> handler;
    private LiveEventBus.Subscription subscription;

    private LiveUpdates(LiveEventBus bus, Topic<T> topic, SerializableConsumer<T> handler) {
        this.bus = bus;
        this.topic = topic;
        this.handler = handler;
    }

    public static <T> void follow(
            Component component, LiveEventBus bus, Topic<T> topic, SerializableConsumer<T> handler) {
        LiveUpdates<T> binding = new LiveUpdates<>(bus, topic, handler);
        component.addAttachListener(attach -> binding.open(attach.getUI()));
        component.addDetachListener(detach -> binding.close());
        component.getUI().ifPresent(binding::open);
    }

    private void open(UI ui) {
        close();
        UiUpdateQueue queue = UiUpdateQueue.of(ui);
        subscription = bus.subscribe(topic, event -> queue.offer(this, () -> handler.accept(event)));
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
