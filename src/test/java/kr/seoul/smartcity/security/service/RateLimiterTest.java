package kr.seoul.smartcity.security.service;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimiterTest {

    private static RateLimiter limiter(String search) {
        return new RateLimiter(
                new RateLimitProperties(true, "240/1m", search, "10/10m", "10/1h", "60/1h", "10/1h", "10/10m", 5));
    }

    @Test
    void aClientGetsItsBurstThenWaitsAndOthersAreNotAffected() {
        RateLimiter limiter = limiter("3/1m");
        RateLimiter.Client script = RateLimiter.Client.address("203.0.113.5");
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(RateLimit.SEARCH, script)).isEmpty();
        }
        Optional<Duration> wait = limiter.tryAcquire(RateLimit.SEARCH, script);
        assertThat(wait)
                .hasValueSatisfying(
                        duration -> assertThat(duration).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20)));
        assertThat(limiter.tryAcquire(RateLimit.SEARCH, RateLimiter.Client.address("203.0.113.6")))
                .isEmpty();
        assertThat(limiter.tryAcquire(RateLimit.PUBLIC_API, script))
                .as("each kind has its own budget")
                .isEmpty();
    }

    @Test
    void staffGetAFactorMore() {
        RateLimiter limiter = limiter("2/1m");
        RateLimiter.Client official = RateLimiter.Client.staff("traffic");
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire(RateLimit.SEARCH, official))
                    .as("request %d", i)
                    .isEmpty();
        }
        assertThat(limiter.tryAcquire(RateLimit.SEARCH, official)).isPresent();
    }

    @Test
    void theBudgetComesBackWithTime() throws InterruptedException {
        RateLimiter limiter = limiter("2/1s");
        RateLimiter.Client client = RateLimiter.Client.address("203.0.113.7");
        limiter.tryAcquire(RateLimit.SEARCH, client);
        limiter.tryAcquire(RateLimit.SEARCH, client);
        assertThat(limiter.tryAcquire(RateLimit.SEARCH, client)).isPresent();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (limiter.tryAcquire(RateLimit.SEARCH, client).isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(System.nanoTime()).as("the budget refilled").isLessThan(deadline);
    }

    @Test
    void idleBucketsAreForgotten() {
        RateLimiter limiter = limiter("1/1h");
        limiter.tryAcquire(RateLimit.SEARCH, RateLimiter.Client.address("203.0.113.8"));
        assertThat(limiter.tryAcquire(RateLimit.SEARCH, RateLimiter.Client.address("203.0.113.8")))
                .isPresent();
        assertThat(limiter.forgetIdle(Duration.ZERO)).isEqualTo(1);
        assertThat(limiter.tryAcquire(RateLimit.SEARCH, RateLimiter.Client.address("203.0.113.8")))
                .isEmpty();
    }

    @Test
    void aLimitThatCannotWorkIsRefusedAtStart() {
        assertThatThrownBy(() -> limiter("many")).hasMessageContaining("requests/period");
        assertThatThrownBy(() -> limiter("0/1m")).hasMessageContaining("at least one");
    }
}
