package kr.seoul.smartcity.call.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.call.service.CallSignal;

/**
 * One browser's subscription to the signals of the call it is in: those sent to it or to everyone, not its own,
 * handed over in its UI's session.
 */
class CallSignals {

    private final LiveEventBus events;
    private final String peerId;
    private LiveEventBus.Subscription subscription;

    CallSignals(LiveEventBus events, String peerId) {
        this.events = events;
        this.peerId = peerId;
    }

    /** Listens to the call's signals instead of any followed before; call from the UI's thread. */
    void open(long callId, Consumer<CallSignal> receive) {
        close();
        UI ui = UI.getCurrent();
        subscription = events.subscribe(CallSignal.TOPIC, signal -> {
            if (signal.callId() == callId
                    && !signal.from().equals(peerId)
                    && (signal.to().equals(peerId) || signal.to().equals(CallSignal.EVERYONE))) {
                ui.access(() -> receive.accept(signal));
            }
        });
    }

    void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
