package kr.seoul.smartcity.security.ui;

import java.time.Duration;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.RateLimiter;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Rate limits for actions on screens (a search, a summary, a proposal or a support): counted for the signed-in
 * member of staff, or for the client address of the request being handled.
 */
@Service
@NamedInterface("ui")
public class UiRateLimits {

    private final RateLimiter limiter;
    private final CurrentUser currentUser;

    UiRateLimits(RateLimiter limiter, CurrentUser currentUser) {
        this.limiter = limiter;
        this.currentUser = currentUser;
    }

    /** Takes one action from the budget; empty if it may go ahead, otherwise how long to wait. */
    public Optional<Duration> refused(RateLimit limit) {
        RateLimiter.Client client = currentUser
                .get()
                .map(user -> RateLimiter.Client.staff(user.getUsername()))
                .orElseGet(() -> RateLimiter.Client.address(Requests.clientAddress()));
        return limiter.tryAcquire(limit, client);
    }

    /**
     * Takes one action from the budget, or tells the person how long to wait.
     *
     * @return whether the action may go ahead
     */
    public boolean allow(Component context, RateLimit limit) {
        Optional<Duration> wait = refused(limit);
        wait.ifPresent(duration -> Notification.show(
                        context.getTranslation("ratelimit.wait", seconds(duration)), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING));
        return wait.isEmpty();
    }

    /** Whole seconds to wait, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
