package kr.seoul.smartcity.directory.domain;

import java.time.Instant;

import org.springframework.data.r2dbc.repository.Modifying;
import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface UserAccountRepository extends ReactiveCrudRepository<UserAccount, Long> {

    Mono<UserAccount> findByUsername(String username);

    Mono<Boolean> existsByRole(Role role);

    Flux<UserAccount> findAllByOrderByDepartmentCodeAscDisplayNameAsc();

    @Modifying
    @Query("UPDATE user_account SET enabled = :enabled WHERE username = :username")
    Mono<Integer> updateEnabled(String username, boolean enabled);

    @Modifying
    @Query("""
            UPDATE user_account SET password_hash = :hash, must_change_password = :mustChange, password_changed_at = :at
            WHERE username = :username""")
    Mono<Integer> updatePassword(String username, String hash, boolean mustChange, Instant at);
}
