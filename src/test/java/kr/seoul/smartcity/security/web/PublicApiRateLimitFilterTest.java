package kr.seoul.smartcity.security.web;

import kr.seoul.smartcity.security.service.RateLimiters;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The open data API past its limit: 429, Retry-After and the API's usual error body; other paths untouched. */
class PublicApiRateLimitFilterTest {

    private final PublicApiRateLimitFilter filter = new PublicApiRateLimitFilter(RateLimiters.of("3/1m", "2/1m"));

    private MockHttpServletResponse get(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void pastTheLimitTheApiAnswers429WithRetryAfter() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/public/indicators", "203.0.113.40").getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = get("/api/public/indicators", "203.0.113.40");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentType()).startsWith("application/json");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("try again in");
        assertThat(get("/api/public/indicators", "203.0.113.41").getStatus())
                .as("another client")
                .isEqualTo(200);
    }

    @Test
    void archiveSearchesHaveTheirOwnBudgetAndPagesAreNotLimitedHere() throws Exception {
        assertThat(get("/api/public/archive/search", "203.0.113.50").getStatus())
                .isEqualTo(200);
        assertThat(get("/api/public/archive/search", "203.0.113.50").getStatus())
                .isEqualTo(200);
        assertThat(get("/api/public/archive/search", "203.0.113.50").getStatus())
                .isEqualTo(429);
        for (int i = 0; i < 10; i++) {
            assertThat(get("/archive", "203.0.113.50").getStatus()).isEqualTo(200);
        }
    }
}
