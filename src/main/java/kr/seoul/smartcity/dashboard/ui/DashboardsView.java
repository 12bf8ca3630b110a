package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Dashboards (대시보드 관리): every dashboard this person may open or arrange, with its perspective and last change;
 * administrators create new ones (a department's screen, a wall, a citizens' page).
 */
@Route("admin/dashboards")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 12, title = "nav.dashboards", icon = "vaadin:grid-big")
public class DashboardsView extends Main implements HasDynamicTitle {

    private final WidgetToolkit kit;
    private final DashboardActor actor;
    private final Div list = new Div();

    DashboardsView(WidgetToolkit kit, CurrentUser currentUser) {
        this.kit = kit;
        this.actor = DashboardReader.of(currentUser);
        addClassNames("page", "dashboards-view");
        H1 title = new H1(getTranslation("nav.dashboards"));
        list.addClassName("dashboard-list");
        list.setId("dashboard-list");
        add(title, list);
        if (actor.isAdmin()) {
            add(new NewDashboardForm(kit, actor));
        }
        showList();
    }

    private void showList() {
        list.removeAll();
        for (Dashboard dashboard : kit.dashboards.openable(actor)) {
            Span name = new Span(dashboard.name(getLocale()));
            name.addClassName("dashboard-name");
            Span what = new Span(getTranslation(dashboard.perspective().labelKey())
                    + (dashboard.departmentCode() == null
                            ? ""
                            : " · "
                                    + kit.directory
                                            .findDepartment(dashboard.departmentCode())
                                            .map(d -> d.name(getLocale()))
                                            .orElse(dashboard.departmentCode()))
                    + (dashboard.openToPublic() ? " · " + getTranslation("dashboard.public") : "")
                    + " · v" + dashboard.version());
            what.addClassName("dashboard-meta");
            Div row = new Div(name, what, new Anchor(address(dashboard), getTranslation("dashboard.open")));
            if (kit.dashboards.mayArrange(actor, dashboard)) {
                Anchor edit = new Anchor("admin/dashboards/" + dashboard.slug(), getTranslation("dashboard.arrange"));
                edit.addClassName("dashboard-edit");
                row.add(edit);
            }
            row.addClassName("dashboard-row");
            row.getElement().setAttribute("data-slug", dashboard.slug());
            list.add(row);
        }
    }

    static String address(Dashboard dashboard) {
        return switch (dashboard.slug()) {
            case "home" -> "";
            case "mayor" -> "office";
            case "kiosk" -> "kiosk";
            default -> "dashboards/" + dashboard.slug();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboards") + " · " + getTranslation("app.title");
    }
}
