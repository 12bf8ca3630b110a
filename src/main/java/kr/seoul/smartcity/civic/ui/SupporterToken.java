package kr.seoul.smartcity.civic.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.security.service.CityUser;

/**
 * Who a supporter is. Signed-in staff are their account. Citizens have no account here, so a citizen is their
 * browser: a random token in a long-lived HttpOnly cookie, set when a proposal page is first opened. One browser
 * counts once per proposal; the database stores only the token's hash. A deployment with a citizen identity
 * provider (본인인증) would derive the token from the verified identity instead, so that one person counts once
 * whatever the browser.
 */
final class SupporterToken {

    static final String COOKIE = "city-supporter";
    private static final Duration LIFETIME = Duration.ofDays(730);

    private SupporterToken() {}

    /** The current supporter's key, setting the browser's cookie if it has none yet. */
    static SupporterKey current(Optional<CityUser> user) {
        if (user.isPresent()) {
            return SupporterKey.of("staff:" + user.get().getUsername());
        }
        return SupporterKey.of("browser:" + browserToken());
    }

    private static String browserToken() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(COOKIE) instanceof String known) {
            return known;
        }
        String token = cookieToken();
        if (session != null) {
            session.setAttribute(COOKIE, token);
        }
        return token;
    }

    private static String cookieToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[0-9a-f-]{36}")) {
                    return cookie.getValue();
                }
            }
        }
        String token = UUID.randomUUID().toString();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, token);
            cookie.setHttpOnly(true);
            cookie.setPath("/");
            cookie.setMaxAge((int) LIFETIME.toSeconds());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return token;
    }
}
