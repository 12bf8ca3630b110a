package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface DisasterMessageRepository extends ReactiveCrudRepository<DisasterMessage, Long> {

    Flux<DisasterMessage> findTop20ByOrderBySentAtDesc();

    /** Stores a message unless its serial number is known; 1 if it was new. */
    @Modifying
    @Query("""
            INSERT INTO disaster_message (serial, sent_at, text, regions, step, kind)
            VALUES (:serial, :sentAt, :text, :regions, :step, :kind) ON CONFLICT (serial) DO NOTHING""")
    Mono<Long> insertIfNew(long serial, Instant sentAt, String text, String regions, String step, String kind);
}
