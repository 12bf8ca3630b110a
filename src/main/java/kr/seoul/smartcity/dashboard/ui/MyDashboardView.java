package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

/** My dashboard (내 대시보드): the widgets this member of staff pinned from any dashboard. */
@Route("my-dashboard")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 11, title = "nav.my-dashboard", icon = "vaadin:pin")
public class MyDashboardView extends Main implements HasDynamicTitle {

    MyDashboardView(WidgetToolkit kit, CurrentUser currentUser) {
        addClassNames("page", "my-dashboard");
        H1 title = new H1(getTranslation("nav.my-dashboard"));
        title.setId("my-dashboard-title");
        add(title);
        DashboardActor me = DashboardReader.of(currentUser);
        kit.dashboards
                .personal(me)
                .flatMap(mine -> kit.dashboards.open(me, mine.slug(), getLocale()))
                .ifPresentOrElse(
                        mine -> add(new DashboardCanvas(kit, me, mine, 0, false).followChanges(c -> {})),
                        () -> add(new Paragraph(getTranslation("dashboard.personal.empty"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-dashboard") + " · " + getTranslation("app.title");
    }
}
