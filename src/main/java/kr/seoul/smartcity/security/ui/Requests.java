package kr.seoul.smartcity.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

/** Where the request being handled comes from, for the account audit. */
final class Requests {

    private Requests() {}

    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    static String sessionId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? ""
                : session.getSession().getId();
    }
}
