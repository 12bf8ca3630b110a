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
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * The mayor's main view (시장실) and every official's start page: the mayor's dashboard, or the department's own
 * once it has one.
 */
@Route("office")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 10, title = "nav.office", icon = "vaadin:dashboard")
public class OfficeView extends Main implements HasDynamicTitle {

    private final String titleKey;

    OfficeView(CurrentUser currentUser, WidgetToolkit kit) {
        addClassNames("page", "office");
        CityUser user = currentUser.get().orElseThrow();
        titleKey = user.role() == Role.MAYOR ? "office.title.mayor" : "office.title.staff";

        H1 title = new H1(getTranslation(titleKey));
        title.setId("office-title");
        String department = user.departmentCode() == null
                ? ""
                : kit.directory
                        .findDepartment(user.departmentCode())
                        .map(d -> " · " + d.name(getLocale()))
                        .orElse("");
        Paragraph who = new Paragraph(getTranslation("office.greeting", user.displayName()) + " · "
                + getTranslation(user.role().labelKey()) + department);
        who.addClassName("office-who");
        add(title, who);
        DashboardActor reader = new DashboardActor(user.getUsername(), currentUser.viewer());
        kit.dashboards
                .office(reader, getLocale())
                .ifPresentOrElse(
                        office -> add(new DashboardCanvas(kit, reader, office, 0, false).followChanges(c -> {})),
                        () -> add(new Paragraph(getTranslation("dashboard.gone"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.title");
    }
}
