package kr.seoul.smartcity.base.i18n;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * Remembers the language a visitor chose, in a cookie that outlives the session (a kiosk or a phone keeps its
 * choice), and applies it to every UI of the session.
 */
public final class LanguagePreference {

    static final String COOKIE = "city-lang";
    private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

    private LanguagePreference() {}

    /** The language remembered for the visitor of this request, or the default. */
    public static AppLanguage of(VaadinRequest request) {
        return Optional.ofNullable(request.getCookies()).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .flatMap(cookie -> AppLanguage.fromTag(cookie.getValue()))
                .orElse(AppLanguage.DEFAULT);
    }

    /** Switches the session to a language, remembers it, and reloads the page so that every text follows. */
    public static void choose(AppLanguage language) {
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, language.tag());
            cookie.setPath(contextPath());
            cookie.setMaxAge((int) REMEMBERED_FOR.toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(language.locale());
        UI.getCurrent().getPage().reload();
    }

    private static String contextPath() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        String path = request == null ? "" : request.getContextPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
