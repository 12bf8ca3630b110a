package kr.seoul.smartcity.citystatus.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface AlertRepository extends ReactiveCrudRepository<Alert, Long> {

    Flux<Alert> findByAcknowledgedAtIsNullOrderByFiredAtDesc();

    Flux<Alert> findTop20ByAcknowledgedAtIsNotNullOrderByAcknowledgedAtDesc();
}
