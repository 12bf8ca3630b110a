package kr.seoul.smartcity.dashboard.ui;

import java.util.Arrays;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.directory.domain.Department;

/**
 * A new shared dashboard: its perspective, for a department its department (which fills in the address and names),
 * its address and its names; made, it opens for arranging.
 */
class NewDashboardForm extends Section {

    private final WidgetToolkit kit;
    private final DashboardActor actor;
    private final TextField slug = new TextField();
    private final TextField nameKo = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<Perspective> perspective = new Select<>();
    private final ComboBox<Department> department = new ComboBox<>();

    NewDashboardForm(WidgetToolkit kit, DashboardActor actor) {
        this.kit = kit;
        this.actor = actor;
        slug.setLabel(getTranslation("dashboard.slug"));
        slug.setHelperText(getTranslation("dashboard.slug.help"));
        slug.setId("new-dashboard-slug");
        nameKo.setLabel(getTranslation("dashboard.name-ko"));
        nameKo.setId("new-dashboard-name-ko");
        nameEn.setLabel(getTranslation("dashboard.name-en"));
        nameEn.setId("new-dashboard-name-en");
        perspective.setLabel(getTranslation("dashboard.perspective"));
        perspective.setItems(Arrays.stream(Perspective.values())
                .filter(p -> p != Perspective.PERSONAL)
                .toList());
        perspective.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        perspective.setValue(Perspective.DEPARTMENT);
        perspective.setId("new-dashboard-perspective");
        department.setLabel(getTranslation("dashboard.department"));
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
        Button create = new Button(getTranslation("dashboard.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-dashboard-create");
        Div fields = new Div(perspective, department, slug, nameKo, nameEn, create);
        fields.addClassName("form-row");
        add(new H2(getTranslation("dashboard.new")), fields);
        addClassName("card");
    }

    private void create() {
        try {
            Dashboard made = kit.dashboards.create(
                    actor,
                    slug.getValue().strip(),
                    nameKo.getValue().strip(),
                    nameEn.getValue().strip(),
                    perspective.getValue(),
                    department.getValue() == null ? null : department.getValue().code());
            getUI().ifPresent(ui -> ui.navigate("admin/dashboards/" + made.slug()));
        } catch (DashboardRefusedException refused) {
            slug.setInvalid(true);
            slug.setErrorMessage(
                    getTranslation(refused.key(), refused.arguments().toArray()));
        }
    }
}
