package kr.seoul.smartcity.citystatus.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface IncidentStepRepository extends ReactiveCrudRepository<IncidentStep, Long> {

    Flux<IncidentStep> findByIncidentIdOrderByReachedAt(long incidentId);
}
