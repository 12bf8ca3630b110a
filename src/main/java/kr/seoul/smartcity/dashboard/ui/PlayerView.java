package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.security.service.CurrentUser;

/** A dashboard as a rotation on a screen of its own (a wall, a TV): full screen, page after page. */
@Route(value = "dashboards/:slug/play", autoLayout = false)
@AnonymousAllowed
public class PlayerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration DEFAULT_PERIOD = Duration.ofSeconds(20);

    private final WidgetToolkit kit;
    private final DashboardActor reader;
    private final KioskProperties properties;
    private String title = "";

    PlayerView(WidgetToolkit kit, CurrentUser currentUser, KioskProperties properties) {
        this.kit = kit;
        this.reader = DashboardReader.of(currentUser);
        this.properties = properties;
        addClassNames("kiosk", "player-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Dashboard dashboard =
                kit.dashboards.open(reader, slug, getLocale()).orElseThrow(() -> new NotFoundException(slug));
        removeAll();
        title = dashboard.name(getLocale());
        Div header = new Div(new H1(title));
        header.addClassName("kiosk-header");
        Duration every =
                dashboard.rotateSeconds() == null ? DEFAULT_PERIOD : Duration.ofSeconds(dashboard.rotateSeconds());
        add(
                header,
                new DashboardPlayer(
                        kit, reader, dashboard, every, properties.idleReset(), properties.idleWarning(), "player"));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
