package kr.seoul.smartcity.cityfeed.domain;

import java.time.Instant;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface SourceStatusRepository extends ReactiveCrudRepository<SourceStatus, String> {

    Flux<SourceStatus> findAllByOrderBySource();

    /** Makes sure the source has a row and says whether it is polled. */
    @Modifying
    @Query("""
            INSERT INTO source_status (source, enabled) VALUES (:source, :enabled)
            ON CONFLICT (source) DO UPDATE SET enabled = EXCLUDED.enabled""")
    Mono<Long> register(String source, boolean enabled);

    @Modifying
    @Query("""
            INSERT INTO source_status (source, enabled, last_run_at, last_success_at, rows_last_run, rows_total)
            VALUES (:source, TRUE, :at, :at, :rows, :rows)
            ON CONFLICT (source) DO UPDATE SET enabled = TRUE, last_run_at = :at, last_success_at = :at,
                rows_last_run = :rows, rows_total = source_status.rows_total + :rows""")
    Mono<Long> recordSuccess(String source, Instant at, int rows);

    @Modifying
    @Query("""
            INSERT INTO source_status (source, enabled, last_run_at, last_error_at, last_error, rows_last_run)
            VALUES (:source, TRUE, :at, :at, :message, 0)
            ON CONFLICT (source) DO UPDATE SET enabled = TRUE, last_run_at = :at, last_error_at = :at,
                last_error = :message, rows_last_run = 0""")
    Mono<Long> recordFailure(String source, Instant at, String message);
}
