package kr.seoul.smartcity.security.service;

/** Limiters with limits of a test's own, for tests outside this package. */
public final class RateLimiters {

    private RateLimiters() {}

    public static RateLimiter of(String publicApi, String search) {
        return new RateLimiter(
                new RateLimitProperties(true, publicApi, search, "10/10m", "10/1h", "60/1h", "10/1h", "10/10m", 5));
    }
}
