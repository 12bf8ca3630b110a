package kr.seoul.smartcity.security.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import kr.seoul.smartcity.base.events.LiveEventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open sessions of each signed-in member of staff on this instance, so that disabling an account or changing
 * its password ends them on every instance ({@link AccountSessionsEnded} travels over the live event bus). Also
 * records sign-outs in the audit.
 */
@Component
class AccountSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Map<String, Set<HttpSession>> byUser = new ConcurrentHashMap<>();
    private final SignInGuard guard;

    AccountSessions(LiveEventBus events, SignInGuard guard) {
        this.guard = guard;
        events.subscribe(AccountSessionsEnded.TOPIC, this::end);
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        ServletRequestAttributes request = current();
        if (request != null) {
            byUser.computeIfAbsent(event.getAuthentication().getName(), name -> ConcurrentHashMap.newKeySet())
                    .add(request.getRequest().getSession());
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        ServletRequestAttributes request = current();
        guard.signedOut(
                event.getAuthentication().getName(),
                request == null ? "unknown" : request.getRequest().getRemoteAddr());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byUser.values().forEach(sessions -> sessions.remove(event.getSession()));
    }

    private void end(AccountSessionsEnded ended) {
        Set<HttpSession> sessions = byUser.getOrDefault(ended.username(), Set.of());
        for (HttpSession session : Set.copyOf(sessions)) {
            if (session.getId().equals(ended.keepSessionId())) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
                log.info("Ended a session of '{}'", ended.username());
            } catch (IllegalStateException alreadyEnded) {
                // the session ended meanwhile
            }
        }
    }

    private static ServletRequestAttributes current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes
                : null;
    }
}
