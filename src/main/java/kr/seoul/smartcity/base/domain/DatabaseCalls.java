package kr.seoul.smartcity.base.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The one place where the application waits for PostgreSQL. Stores build their statements with R2DBC's
 * {@code DatabaseClient} (reactive, so that the live event relay can {@code LISTEN} on the same driver) and hand
 * them here to get plain values: {@code .as(calls::value)}, {@code .as(calls::optional)}, {@code .as(calls::list)}.
 * Every wait ends after {@code city.database.timeout}.
 */
@Component
public class DatabaseCalls {

    private final Duration timeout;

    public DatabaseCalls(DatabaseProperties properties) {
        this.timeout = properties.timeout();
    }

    /** The statement's single result, or null when it has none (a count, an update's row count, a done signal). */
    public <T> @Nullable T value(Mono<T> call) {
        return call.block(timeout);
    }

    public <T> Optional<T> optional(Mono<T> call) {
        return call.blockOptional(timeout);
    }

    public <T> List<T> list(Flux<T> call) {
        List<T> all = call.collectList().block(timeout);
        return all == null ? List.of() : all;
    }

    /** The last element of the stream (the final row count of a batch), or null when there is none. */
    public <T> @Nullable T last(Flux<T> call) {
        return call.blockLast(timeout);
    }

    public <T> @Nullable T first(Flux<T> call) {
        return call.blockFirst(timeout);
    }

    /** Waits until a statement or transaction with no result has finished. */
    public void done(Mono<?> call) {
        call.block(timeout);
    }
}
