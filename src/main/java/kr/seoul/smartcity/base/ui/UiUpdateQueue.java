package kr.seoul.smartcity.base.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

/**
 * Coalesces the live updates of one UI: each key keeps only its latest update, and the UI is pushed at most once per
 * {@link #MIN_INTERVAL}. A burst of events therefore costs the browser one round trip, not one per event.
 * Dropped when the UI detaches.
 */
final class UiUpdateQueue {

    /** At most four pushes a second per UI, as Vaadin advises for server push. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(250);

    private static final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ui-update-timer").daemon().factory());

    /**
     * Runs the updates: one event can reach thousands of UIs at once, and each takes its session's lock, builds its
     * changes and hands them to push, so they run on every core rather than one after another on the timer.
     */
    private static final ExecutorService updaters = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("ui-update-", 0).daemon().factory());

    private final UiAccess access;
    private final PushTimer pushTimer;
    private final Map<Object, Runnable> pending = new LinkedHashMap<>();
    private boolean flushScheduled;
    private boolean closed;
    private long lastFlushNanos = System.nanoTime() - MIN_INTERVAL.toNanos();
    /** When the oldest update waiting was offered ({@link System#nanoTime()}). */
    private long oldestPendingNanos;

    /** Runs a command with the UI's session locked, as {@link UI#access} does; throws when the UI is gone. */
    @FunctionalInterface
    interface UiAccess {
        void access(Command command) throws UIDetachedException;
    }

    /** Is told, after each push, how long its oldest update waited since it was offered. */
    @FunctionalInterface
    interface PushTimer {
        PushTimer NONE = nanos -> {};

        void pushed(long waitedNanos);
    }

    UiUpdateQueue(UiAccess access) {
        this(access, PushTimer.NONE);
    }

    UiUpdateQueue(UiAccess access, PushTimer pushTimer) {
        this.access = access;
        this.pushTimer = pushTimer;
    }

    /** The queue of a UI, created on first use. Call with the UI's session locked (on attach, for example). */
    static UiUpdateQueue of(UI ui) {
        return of(ui, PushTimer.NONE);
    }

    /** As {@link #of(UI)}; a queue it creates reports its pushes' latency to the timer. */
    static UiUpdateQueue of(UI ui, PushTimer pushTimer) {
        UiUpdateQueue queue = ComponentUtil.getData(ui, UiUpdateQueue.class);
        if (queue == null) {
            UiUpdateQueue created = new UiUpdateQueue(ui::access, pushTimer);
            ui.addDetachListener(event -> created.close());
            ComponentUtil.setData(ui, UiUpdateQueue.class, created);
            queue = created;
        }
        return queue;
    }

    /** Queues an update; a later update with the same key replaces it if it has not run yet. Any thread. */
    synchronized void offer(Object key, Runnable update) {
        if (closed) {
            return;
        }
        if (pending.isEmpty()) {
            oldestPendingNanos = System.nanoTime();
        }
        pending.put(key, update);
        if (!flushScheduled) {
            flushScheduled = true;
            long wait = Math.max(0, lastFlushNanos + MIN_INTERVAL.toNanos() - System.nanoTime());
            timer.schedule(() -> updaters.execute(this::flush), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void flush() {
        List<Runnable> updates;
        long offered;
        synchronized (this) {
            offered = oldestPendingNanos;
            flushScheduled = false;
            lastFlushNanos = System.nanoTime();
            updates = new ArrayList<>(pending.values());
            pending.clear();
            if (closed || updates.isEmpty()) {
                return;
            }
        }
        try {
            // with automatic push, the changes are sent when the session's lock is released, before this returns
            // (unless another thread holds the lock: then they go with its push, a little later)
            access.access(() -> updates.forEach(Runnable::run));
            pushTimer.pushed(System.nanoTime() - offered);
        } catch (UIDetachedException e) {
            close();
        }
    }

    synchronized void close() {
        closed = true;
        pending.clear();
    }
}
