package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * The citizens' front page: the citizens' dashboard ({@code home}), as administrators compose it. Shows public
 * information only, whoever is signed in, so that staff see exactly what citizens see here.
 */
@Route("")
@AnonymousAllowed
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
public class HomeView extends Main implements HasDynamicTitle {

    HomeView(WidgetToolkit kit) {
        addClassNames("page", "public-home");
        Section hero = new Section();
        hero.addClassName("hero");
        H1 title = new H1(getTranslation("home.title"));
        title.setId("home-title");
        hero.add(title, new Paragraph(getTranslation("home.lead")));
        add(hero);
        kit.dashboards
                .open(DashboardActor.CITIZEN, "home", getLocale())
                .ifPresentOrElse(
                        home -> add(new DashboardCanvas(kit, DashboardActor.CITIZEN, home, 0, false)
                                .followChanges(c -> {})),
                        () -> add(new Paragraph(getTranslation("dashboard.gone"))));
        // heard, not seen: which public values changed their level, at most once in 30 seconds
        add(new LiveSummary(kit, "home-live"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
