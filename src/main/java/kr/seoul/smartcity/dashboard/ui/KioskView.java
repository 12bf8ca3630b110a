package kr.seoul.smartcity.dashboard.ui;

import java.time.Duration;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * The touch-screen kiosk in subway stations: the kiosk's dashboard run as a playlist, full screen, no navigation
 * and no sign-in, public information only whoever is signed in on the browser.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
public class KioskView extends Main implements HasDynamicTitle {

    KioskView(WidgetToolkit kit, KioskProperties properties) {
        addClassName("kiosk");
        H1 title = new H1(getTranslation("app.title"));
        Span hint = new Span(getTranslation("kiosk.touch"));
        hint.addClassName("kiosk-hint");
        Div header = new Div(title, hint);
        header.addClassName("kiosk-header");
        add(header);
        kit.dashboards.open(DashboardActor.CITIZEN, "kiosk", getLocale()).ifPresentOrElse(kiosk -> {
            Duration every = kiosk.rotateSeconds() == null ? properties.rotateEvery()
                    : Duration.ofSeconds(kiosk.rotateSeconds());
            add(new DashboardPlayer(kit, DashboardActor.CITIZEN, kiosk, every, properties.idleReset(), "kiosk"));
        }, () -> add(new Paragraph(getTranslation("dashboard.gone"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
