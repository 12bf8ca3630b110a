package kr.seoul.smartcity.security.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.RateLimiter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on the open data API ({@code /api/public/**}): archive searches count as searches, everything else as
 * API requests, per client address (the proxy's {@code X-Forwarded-For} only from a trusted proxy). Past the limit:
 * 429 with {@code Retry-After} and the API's usual {@code {"status", "error"}}.
 */
@Component
class PublicApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    PublicApiRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimit limit = request.getRequestURI().startsWith(request.getContextPath() + "/api/public/archive/search")
                ? RateLimit.SEARCH
                : RateLimit.PUBLIC_API;
        Optional<Duration> wait = limiter.tryAcquire(limit, RateLimiter.Client.address(request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"error\":\"Too many requests; try again in " + seconds + " s\"}");
    }
}
