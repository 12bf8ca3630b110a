package kr.seoul.smartcity.usage.ui;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.usage.domain.DeviceKind;
import kr.seoul.smartcity.usage.domain.UsageKind;
import kr.seoul.smartcity.usage.service.UsageRecorder;
import org.jspecify.annotations.Nullable;

/**
 * Counts the screens people open and how long they stay: each screen, by its route ({@code approval/document/:id},
 * never the document's number), is recorded when the person leaves it for another or closes the page.
 */
@org.springframework.stereotype.Component
class ScreenUses implements VaadinServiceInitListener {

    private final UsageRecorder recorder;
    private final CurrentUser currentUser;

    ScreenUses(UsageRecorder recorder, CurrentUser currentUser) {
        this.recorder = recorder;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> follow(init.getUI()));
    }

    /** Who uses a UI is known when it opens (signing in or out opens a new one), not always when it closes. */
    private void follow(UI ui) {
        CityUser user = currentUser.get().orElse(null);
        Visit visit = new Visit(
                recorder, Uses.device(), user == null ? null : user.getUsername(), user == null ? null : user.role());
        ui.addAfterNavigationListener(navigation -> {
            visit.leave();
            visit.open(route(navigation), Instant.now());
        });
        ui.addDetachListener(detach -> visit.leave());
    }

    private static String route(AfterNavigationEvent navigation) {
        if (navigation.getActiveChain().isEmpty()) {
            return navigation.getLocation().getPath();
        }
        Class<? extends Component> view =
                navigation.getActiveChain().getFirst().getClass().asSubclass(Component.class);
        Route route = view.getAnnotation(Route.class);
        return route == null ? navigation.getLocation().getPath() : route.value();
    }

    /** The screen open in one UI. */
    private static final class Visit {
        private final UsageRecorder recorder;
        private final DeviceKind device;
        private final @Nullable String username;
        private final @Nullable Role role;
        private @Nullable String route;
        private Instant since = Instant.EPOCH;

        Visit(UsageRecorder recorder, DeviceKind device, @Nullable String username, @Nullable Role role) {
            this.recorder = recorder;
            this.device = device;
            this.username = username;
            this.role = role;
        }

        void open(String openedRoute, Instant at) {
            route = openedRoute;
            since = at;
        }

        void leave() {
            String left = route;
            if (left == null) {
                return;
            }
            DeviceKind kind = left.equals("kiosk") ? DeviceKind.KIOSK : device;
            recorder.record(
                    UsageKind.SCREEN,
                    left,
                    kind,
                    Duration.between(since, Instant.now()).toMillis(),
                    username,
                    role,
                    null);
            route = null;
        }
    }
}
