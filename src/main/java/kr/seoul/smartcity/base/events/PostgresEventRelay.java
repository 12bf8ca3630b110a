package kr.seoul.smartcity.base.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays events between application instances through PostgreSQL LISTEN/NOTIFY.
 * <p>
 * Sending uses the pooled connections; receiving holds one dedicated, unpooled connection that LISTENs on the
 * channel. When that connection is lost it is opened again with backoff; events sent while it was down are not
 * replayed (live views reload their state when they next change).
 */
final class PostgresEventRelay implements EventRelay {

    static final String CHANNEL = "city_events";
    /** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    private static final Logger log = LoggerFactory.getLogger(PostgresEventRelay.class);

    private final DatabaseClient database;
    private final ConnectionFactory listenerConnections;
    private final JsonMapper json;
    private volatile Disposable listening;

    PostgresEventRelay(DatabaseClient database, ConnectionFactory listenerConnections, JsonMapper json) {
        this.database = database;
        this.listenerConnections = listenerConnections;
        this.json = json;
    }

    @Override
    public void send(EventEnvelope envelope) {
        String payload = json.writeValueAsString(envelope);
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PAYLOAD_BYTES) {
            throw new EventTooLargeException(envelope.topic(), bytes, MAX_PAYLOAD_BYTES);
        }
        database.sql("SELECT pg_notify(:channel, :payload)")
                .bind("channel", CHANNEL)
                .bind("payload", payload)
                .then()
                .retryWhen(Retry.backoff(3, Duration.ofMillis(100)))
                .block(Duration.ofSeconds(10));
    }

    @Override
    public void start(Consumer<EventEnvelope> receiver) {
        CountDownLatch listeningStarted = new CountDownLatch(1);
        listening = Mono.usingWhen(
                        Mono.from(listenerConnections.create()).cast(PostgresqlConnection.class),
                        connection -> connection
                                .createStatement("LISTEN " + CHANNEL)
                                .execute()
                                .flatMap(result -> result.getRowsUpdated())
                                .then(Mono.fromRunnable(listeningStarted::countDown))
                                .thenMany(connection.getNotifications())
                                .doOnNext(notification -> receive(notification.getParameter(), receiver))
                                .then(Mono.error(new IllegalStateException("The LISTEN connection was closed"))),
                        PostgresqlConnection::close)
                .doOnError(error -> log.warn(
                        "Listening for events from other instances stopped ({}); reconnecting", error.getMessage()))
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(10)))
                .subscribe();
        awaitListening(listeningStarted);
    }

    /** Waits until the LISTEN is in place, so that no event sent by another instance after start-up is missed. */
    private static void awaitListening(CountDownLatch listeningStarted) {
        try {
            if (!listeningStarted.await(30, TimeUnit.SECONDS)) {
                log.warn("Not yet listening for events from other instances after 30 s; still trying");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void receive(String payload, Consumer<EventEnvelope> receiver) {
        if (payload == null || payload.isEmpty()) {
            return;
        }
        try {
            receiver.accept(json.readValue(payload, EventEnvelope.class));
        } catch (RuntimeException e) {
            log.warn("Ignored a malformed event notification: {}", payload, e);
        }
    }

    @Override
    public void close() {
        Disposable current = listening;
        if (current != null) {
            current.dispose();
        }
    }
}
