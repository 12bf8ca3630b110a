package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Updates a UI from another thread through its push queue (see {@link UiUpdateQueue}): at most a few pushes a
 * second, and of several updates with the same key only the latest runs.
 */
public final class UiPush {

    private UiPush() {}

    /** The queue of the UI; call once with the UI's session locked (in a click listener, for example). */
    public static Sink of(UI ui) {
        UiUpdateQueue queue = UiUpdateQueue.of(ui);
        return queue::offer;
    }

    /** Takes updates from any thread. */
    @FunctionalInterface
    public interface Sink {
        void offer(Object key, Runnable update);
    }
}
