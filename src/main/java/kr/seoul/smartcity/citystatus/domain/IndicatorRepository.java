package kr.seoul.smartcity.citystatus.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface IndicatorRepository extends ReactiveCrudRepository<Indicator, String> {

    Flux<Indicator> findAllByOrderBySortOrder();
}
