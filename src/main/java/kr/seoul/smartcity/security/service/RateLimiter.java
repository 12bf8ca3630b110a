package kr.seoul.smartcity.security.service;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Token buckets (Bucket4j) per kind of request and client: a citizen by their client address, a member of staff by
 * their account with a larger budget. Held in this instance's memory: behind a load balancer with sticky sessions a
 * client mostly meets one instance, and at worst gets the budget once per instance. Buckets unused for a while are
 * dropped, so many addresses cannot fill the memory.
 */
@Service
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);
    static final int MAX_BUCKETS = 200_000;

    private final RateLimitProperties properties;
    private final Map<RateLimit, RateLimitProperties.Rate> rates = new EnumMap<>(RateLimit.class);
    private final Map<String, Held> buckets = new ConcurrentHashMap<>();

    private record Held(Bucket bucket, long[] lastUsed) {}

    /** Who is counted: a signed-in member of staff, or a client address. */
    public record Client(String key, boolean staff) {

        public static Client staff(String username) {
            return new Client("user:" + username, true);
        }

        public static Client address(String clientAddress) {
            return new Client("address:" + clientAddress, false);
        }
    }

    RateLimiter(RateLimitProperties properties) {
        this.properties = properties;
        for (RateLimit limit : RateLimit.values()) {
            rates.put(limit, properties.rate(limit));
        }
    }

    /**
     * Takes one request from the client's budget.
     *
     * @return empty if it may go ahead; otherwise how long to wait
     */
    public Optional<Duration> tryAcquire(RateLimit limit, Client client) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        if (buckets.size() >= MAX_BUCKETS) {
            forgetIdle(Duration.ofMinutes(1));
        }
        long now = System.nanoTime();
        Held held = buckets.computeIfAbsent(
                limit.name() + "|" + client.key(), key -> new Held(bucket(limit, client.staff()), new long[] {now}));
        held.lastUsed()[0] = now;
        ConsumptionProbe probe = held.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        log.info("Rate limit {} reached by {}; {} s to wait", limit, client.key(), Math.max(1, wait.toSeconds()));
        return Optional.of(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
    }

    /** Drops buckets unused for {@code idle}: their clients start afresh, which is what a full bucket means. */
    int forgetIdle(Duration idle) {
        long before = System.nanoTime() - idle.toNanos();
        int size = buckets.size();
        buckets.entrySet().removeIf(entry -> entry.getValue().lastUsed()[0] < before);
        return size - buckets.size();
    }

    private Bucket bucket(RateLimit limit, boolean staff) {
        RateLimitProperties.Rate rate = rates.get(limit);
        int requests = staff ? rate.requests() * Math.max(1, properties.staffFactor()) : rate.requests();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(requests)
                        .refillGreedy(requests, rate.period())
                        .build())
                .build();
    }
}
