package kr.seoul.smartcity.notice.domain;

import java.time.Instant;
import java.util.Collection;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

public interface NoticeRepository extends ReactiveCrudRepository<Notice, Long> {

    Flux<Notice> findByDisclosureInOrderByPostedAtDesc(Collection<DisclosureClass> disclosures, Limit limit);

    Flux<Notice> findByIndicatorCodeAndPostedAtBetweenOrderByPostedAtDesc(
            String indicatorCode, Instant from, Instant to, Limit limit);
}
