package kr.seoul.smartcity.display.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * Whether this browser session is a display, and which: every screen it opens then follows its remotes. The browser
 * also remembers the display (local storage), so a reload or a new session resumes the same display and its pairings.
 */
final class DisplaySession {

    private static final String ATTRIBUTE = "city.display";

    private DisplaySession() {}

    static Optional<String> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(ATTRIBUTE));
    }

    static void start(String displayId) {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, displayId);
    }

    static void end() {
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, null);
    }
}
