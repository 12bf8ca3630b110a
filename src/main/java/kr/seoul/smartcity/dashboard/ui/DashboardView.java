package kr.seoul.smartcity.dashboard.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Any dashboard by its address, for whoever may open it: a department's screen, the wall screen, a citizens'
 * dashboard. Pages are tabs; "play" runs it as a rotation on a screen of its own.
 */
@Route("dashboards/:slug")
@AnonymousAllowed
public class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WidgetToolkit kit;
    private final DashboardActor reader;
    private String title = "";

    DashboardView(WidgetToolkit kit, CurrentUser currentUser) {
        this.kit = kit;
        this.reader = DashboardReader.of(currentUser);
        addClassNames("page", "dashboard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Dashboard dashboard =
                kit.dashboards.open(reader, slug, getLocale()).orElseThrow(() -> new NotFoundException(slug));
        removeAll();
        title = dashboard.name(getLocale());
        H1 heading = new H1(title);
        heading.setId("dashboard-title");
        Anchor play = new Anchor("dashboards/" + slug + "/play", getTranslation("dashboard.play"));
        play.setId("dashboard-play");
        Div head = new Div(heading, play);
        head.addClassName("dashboard-head");
        add(head);
        DashboardCanvas canvas = new DashboardCanvas(kit, reader, dashboard, 0, false);
        Tabs tabs = new Tabs();
        canvas.followChanges(changed -> showTabs(tabs, changed));
        showTabs(tabs, Optional.of(dashboard));
        tabs.addSelectedChangeListener(change -> canvas.showPage(Math.max(0, tabs.getSelectedIndex())));
        add(tabs, canvas);
    }

    private void showTabs(Tabs tabs, Optional<Dashboard> dashboard) {
        tabs.removeAll();
        dashboard.ifPresent(d -> {
            int n = 1;
            for (DashboardPage page : d.layout().pages()) {
                String name = page.title(getLocale());
                tabs.add(new Tab(name == null || name.isBlank() ? getTranslation("dashboard.page", n) : name));
                n++;
            }
            tabs.setVisible(d.layout().pages().size() > 1);
        });
        if (dashboard.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.gone")));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.title");
    }
}
