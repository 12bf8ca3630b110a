package kr.seoul.smartcity.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import kr.seoul.smartcity.security.domain.SignInOutcome;
import kr.seoul.smartcity.security.domain.SignInStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Throttles sign-in per account and per client address, and keeps the audit of who signed in when. The counts live
 * in PostgreSQL, so an attacker gains nothing from reaching another instance. An account that does not exist is
 * counted and locked like one that does, so the answers never tell which usernames exist.
 */
@Service
public class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInStore store;
    private final SignInProperties properties;
    private final Clock clock;

    SignInGuard(SignInStore store, SignInProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** A sign-in attempt: the username as typed, and where it came from. */
    public record Attempt(String username, String clientAddress, String userAgent) {

        String accountKey() {
            return "account:" + username.strip().toLowerCase(Locale.ROOT);
        }

        String addressKey() {
            return "address:" + clientAddress;
        }
    }

    /**
     * Refuses an attempt on a locked account or from a locked address, before the password is looked at.
     *
     * @throws SignInThrottledException with the time left
     */
    public void check(Attempt attempt) {
        Instant now = now();
        Optional<Instant> until =
                latest(store.lockedUntil(attempt.accountKey(), now), store.lockedUntil(attempt.addressKey(), now));
        if (until.isPresent()) {
            store.record(
                    attempt.username(), now, attempt.clientAddress(), attempt.userAgent(), SignInOutcome.LOCKED, null);
            log.warn(
                    "Sign-in refused for '{}' from {}: locked until {}",
                    attempt.username(),
                    attempt.clientAddress(),
                    until.get());
            throw new SignInThrottledException(Duration.between(now, until.get()));
        }
    }

    /** Counts a wrong password (or unknown username); the failure that reaches the limit locks. */
    public void failed(Attempt attempt) {
        Instant now = now();
        store.record(
                attempt.username(),
                now,
                attempt.clientAddress(),
                attempt.userAgent(),
                SignInOutcome.BAD_CREDENTIALS,
                null);
        store.countFailure(
                        attempt.accountKey(),
                        now,
                        properties.window(),
                        properties.accountFailures(),
                        properties.lockout())
                .ifPresent(until -> log.warn(
                        "Account '{}' locked until {} after {} failed sign-ins",
                        attempt.username(),
                        until,
                        properties.accountFailures()));
        store.countFailure(
                        attempt.addressKey(),
                        now,
                        properties.window(),
                        properties.addressFailures(),
                        properties.lockout())
                .ifPresent(until -> log.warn(
                        "Client address {} locked until {} after {} failed sign-ins",
                        attempt.clientAddress(),
                        until,
                        properties.addressFailures()));
        log.info("Failed sign-in for '{}' from {}", attempt.username(), attempt.clientAddress());
    }

    /** A refused sign-in to a disabled account. */
    public void disabled(Attempt attempt) {
        store.record(
                attempt.username(), now(), attempt.clientAddress(), attempt.userAgent(), SignInOutcome.DISABLED, null);
        log.warn("Sign-in to disabled account '{}' from {}", attempt.username(), attempt.clientAddress());
    }

    /** A successful sign-in: the account's count starts afresh. */
    public void succeeded(Attempt attempt) {
        store.clear(attempt.accountKey());
        store.record(
                attempt.username(), now(), attempt.clientAddress(), attempt.userAgent(), SignInOutcome.SUCCESS, null);
        log.info("Signed in: '{}' from {}", attempt.username(), attempt.clientAddress());
    }

    public void signedOut(String username, String clientAddress) {
        store.record(username, now(), clientAddress, "", SignInOutcome.SIGNED_OUT, null);
    }

    /** An account change for the audit: a password changed or reset, an account disabled or enabled. */
    void accountChanged(String username, SignInOutcome outcome, @Nullable String actor, String clientAddress) {
        store.record(username, now(), clientAddress, "", outcome, actor);
    }

    /** Drops the audit older than the retention. */
    public long removeExpired() {
        return store.removeBefore(now().minus(properties.auditRetention()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Optional<Instant> latest(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        return Optional.of(one.get().isAfter(other.get()) ? one.get() : other.get());
    }
}
