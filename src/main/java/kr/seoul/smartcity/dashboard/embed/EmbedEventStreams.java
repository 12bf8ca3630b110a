package kr.seoul.smartcity.dashboard.embed;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live streams of embedded widgets (Server-Sent Events): each open page holds one, subscribed to the event bus
 * for as long as it is open, and is told when new values of its indicator are recorded (on any instance, through the
 * bus) so that it fetches them. No thread waits per stream: the request is asynchronous, events are written by a
 * virtual thread each, and one timer writes a heartbeat comment every {@link #HEARTBEAT} to all streams, which keeps
 * proxies from closing them and finds pages that have gone. A stream ends after {@link #TIMEOUT}; the browser's
 * EventSource then opens a new one by itself.
 */
@Component
class EmbedEventStreams implements SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(25);
    static final Duration TIMEOUT = Duration.ofMinutes(15);
    /** Beyond this many open streams new pages are refused (they still show their first drawing). */
    static final int MAX_STREAMS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(EmbedEventStreams.class);

    private final LiveEventBus events;
    private final Map<SseEmitter, Stream> open = new ConcurrentHashMap<>();
    private volatile ExecutorService writers = newWriters();
    private volatile @Nullable ScheduledExecutorService heartbeat;
    /** Open to new streams until shutdown (also in the moment between the web server's start and this bean's). */
    private volatile boolean accepting = true;

    EmbedEventStreams(LiveEventBus events) {
        this.events = events;
    }

    /** One open page's stream with its subscription. */
    private final class Stream {
        private final SseEmitter emitter;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile LiveEventBus.@Nullable Subscription subscription;

        Stream(SseEmitter emitter) {
            this.emitter = emitter;
        }

        void send(SseEmitter.SseEventBuilder event) {
            if (closed.get()) {
                return;
            }
            try {
                writers.execute(() -> {
                    try {
                        emitter.send(event);
                    } catch (IOException | IllegalStateException e) {
                        // the page has gone: end the stream and its subscription now, not at its timeout
                        close();
                        try {
                            emitter.completeWithError(e);
                        } catch (RuntimeException ignored) {
                            // completed already
                        }
                    }
                });
            } catch (RejectedExecutionException shuttingDown) {
                close();
            }
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                LiveEventBus.Subscription current = subscription;
                if (current != null) {
                    current.close();
                }
                open.remove(emitter);
            }
        }
    }

    /**
     * A stream that sends an {@code observations} event whenever new values of the indicator are recorded.
     *
     * @return the stream, or null if too many are open
     */
    @Nullable
    SseEmitter open(String indicatorCode) {
        if (!accepting || open.size() >= MAX_STREAMS) {
            return null;
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Stream stream = new Stream(emitter);
        emitter.onCompletion(stream::close);
        emitter.onTimeout(stream::close);
        emitter.onError(error -> stream.close());
        open.put(emitter, stream);
        stream.subscription = events.subscribe(ObservationsRecorded.TOPIC, recorded -> {
            if (recorded.indicatorCodes().contains(indicatorCode)) {
                stream.send(SseEmitter.event().name("observations").data(indicatorCode));
            }
        });
        if (stream.closed.get()) {
            stream.subscription.close();
        }
        // commits the response at once, so that the page knows it is live; and how long to wait before reconnecting
        stream.send(SseEmitter.event().reconnectTime(5_000).comment("live"));
        return emitter;
    }

    /** Number of open streams, for tests and status pages. */
    int openStreams() {
        return open.size();
    }

    private void beat() {
        open.values().forEach(stream -> stream.send(SseEmitter.event().comment("heartbeat")));
    }

    private static ExecutorService newWriters() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("embed-sse-", 0).factory());
    }

    /** Starts, or starts again after a stop (a context that was paused, as Spring's test contexts are, resumes). */
    @Override
    public void start() {
        if (writers.isShutdown()) {
            writers = newWriters();
        }
        accepting = true;
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("embed-sse-heartbeat").daemon().factory());
        timer.scheduleAtFixedRate(
                () -> {
                    try {
                        beat();
                    } catch (RuntimeException e) {
                        log.warn("Heartbeat to embedded widgets failed", e);
                    }
                },
                HEARTBEAT.toMillis(),
                HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        heartbeat = timer;
    }

    /** Ends every stream before the web server's graceful shutdown waits for open requests. */
    @Override
    public void stop() {
        accepting = false;
        ScheduledExecutorService timer = heartbeat;
        heartbeat = null;
        if (timer != null) {
            timer.shutdownNow();
        }
        for (Stream stream : open.values()) {
            stream.close();
            try {
                stream.emitter.complete();
            } catch (RuntimeException ignored) {
                // completed already
            }
        }
        writers.shutdown();
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }
}
