package kr.seoul.smartcity.dashboard.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.directory.domain.Department;
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
            add(createForm());
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

    private Section createForm() {
        TextField slug = new TextField(getTranslation("dashboard.slug"));
        slug.setHelperText(getTranslation("dashboard.slug.help"));
        slug.setId("new-dashboard-slug");
        TextField nameKo = new TextField(getTranslation("dashboard.name-ko"));
        nameKo.setId("new-dashboard-name-ko");
        TextField nameEn = new TextField(getTranslation("dashboard.name-en"));
        nameEn.setId("new-dashboard-name-en");
        Select<Perspective> perspective = new Select<>();
        perspective.setLabel(getTranslation("dashboard.perspective"));
        perspective.setItems(Arrays.stream(Perspective.values())
                .filter(p -> p != Perspective.PERSONAL)
                .toList());
        perspective.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        perspective.setValue(Perspective.DEPARTMENT);
        perspective.setId("new-dashboard-perspective");
        ComboBox<Department> department = new ComboBox<>(getTranslation("dashboard.department"));
        department.setItems(kit.directory.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setId("new-dashboard-department");
        perspective.addValueChangeListener(change -> {
            department.setVisible(change.getValue() == Perspective.DEPARTMENT);
            if (change.getValue() == Perspective.DEPARTMENT && department.getValue() != null) {
                slug.setValue(
                        DashboardService.departmentSlug(department.getValue().code()));
            }
        });
        department.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                slug.setValue(DashboardService.departmentSlug(change.getValue().code()));
                nameKo.setValue(change.getValue().name(java.util.Locale.KOREAN));
                nameEn.setValue(change.getValue().name(java.util.Locale.ENGLISH));
            }
        });
        Button create = new Button(getTranslation("dashboard.create"), click -> {
            try {
                Dashboard made = kit.dashboards.create(
                        actor,
                        slug.getValue().strip(),
                        nameKo.getValue().strip(),
                        nameEn.getValue().strip(),
                        perspective.getValue(),
                        department.getValue() == null
                                ? null
                                : department.getValue().code());
                getUI().ifPresent(ui -> ui.navigate("admin/dashboards/" + made.slug()));
            } catch (DashboardRefusedException refused) {
                slug.setInvalid(true);
                slug.setErrorMessage(
                        getTranslation(refused.key(), refused.arguments().toArray()));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-dashboard-create");
        Div fields = new Div(perspective, department, slug, nameKo, nameEn, create);
        fields.addClassName("form-row");
        Section form = new Section(new H2(getTranslation("dashboard.new")), fields);
        form.addClassName("card");
        return form;
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
