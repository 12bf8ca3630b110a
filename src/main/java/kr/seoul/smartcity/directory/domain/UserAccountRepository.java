package kr.seoul.smartcity.directory.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Mono;

public interface UserAccountRepository extends ReactiveCrudRepository<UserAccount, Long> {

    Mono<UserAccount> findByUsername(String username);

    Mono<Boolean> existsByRole(Role role);
}
