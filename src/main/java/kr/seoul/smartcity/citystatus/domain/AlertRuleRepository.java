package kr.seoul.smartcity.citystatus.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface AlertRuleRepository extends ReactiveCrudRepository<AlertRule, Long> {

    Flux<AlertRule> findByEnabledTrue();
}
