package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface IncidentRepository extends ReactiveCrudRepository<Incident, Long> {

    Flux<Incident> findByUpdatedAtAfterOrderByReportedAtDesc(Instant since);
}
