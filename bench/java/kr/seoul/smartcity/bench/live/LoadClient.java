package kr.seoul.smartcity.bench.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many {@link SimulatedUi}s against one address (an instance or the proxy in front of several), sharing one HTTP
 * client, sending each UI's heartbeats, and handing every push message to the round being measured.
 */
final class LoadClient implements AutoCloseable {

    /** Who opens a UI, and where. */
    record Visitor(String route, String username, String password) {

        static Visitor citizen(String route) {
            return new Visitor(route, null, null);
        }

        static Visitor staff(String route, String username) {
            return new Visitor(route, username, username);
        }
    }

    private final URI base;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("load-client-io", 0).factory());
    private final HttpClient http;
    private final List<SimulatedUi> uis = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("load-client-heartbeat").factory());
    private final AtomicReference<UpdateRound> round = new AtomicReference<>();

    LoadClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(callbacks)
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    int size() {
        return uis.size();
    }

    /**
     * Opens UIs until there are {@code total}, {@code parallel} at a time; the visitor of each comes from
     * {@code visitorOf(index)}.
     */
    void openUntil(int total, int parallel, java.util.function.IntFunction<Visitor> visitorOf) throws Exception {
        try (ExecutorService openers = Executors.newFixedThreadPool(parallel)) {
            List<Future<SimulatedUi>> opening = new ArrayList<>();
            for (int i = uis.size(); i < total; i++) {
                int index = i;
                opening.add(openers.submit(() -> {
                    Visitor visitor = visitorOf.apply(index);
                    SimulatedUi ui = new SimulatedUi(http, base, index, this::pushed);
                    ui.open(visitor.route(), visitor.username(), visitor.password());
                    return ui;
                }));
            }
            for (Future<SimulatedUi> ui : opening) {
                SimulatedUi opened = ui.get();
                uis.add(opened);
                long every = Math.max(10, opened.heartbeatSeconds());
                heartbeats.scheduleAtFixedRate(opened::heartbeat, every, every, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts measuring: from now on push messages count for this round. */
    void measure(UpdateRound next) {
        round.set(next);
    }

    private void pushed(SimulatedUi ui, String message, long arrivedMicros) {
        UpdateRound current = round.get();
        if (current != null) {
            current.offer(ui.index(), message, arrivedMicros);
        }
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        try (ExecutorService closers = Executors.newFixedThreadPool(8)) {
            uis.forEach(ui -> closers.execute(ui::close));
        }
        uis.clear();
        http.shutdownNow(); // close() would wait for the server to end every websocket
        callbacks.shutdownNow();
    }
}
