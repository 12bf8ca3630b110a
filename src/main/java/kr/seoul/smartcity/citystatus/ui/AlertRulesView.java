package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.citystatus.domain.AlertRule;
import kr.seoul.smartcity.citystatus.domain.AlertSeverity;
import kr.seoul.smartcity.citystatus.domain.Comparison;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.AlertRuleService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Role;

/** Administrators keep the threshold rules: pick a rule to change it, or fill the form to add one. */
@Route("admin/alert-rules")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 92, title = "nav.admin.alert-rules", icon = "vaadin:sliders")
public class AlertRulesView extends Main implements HasDynamicTitle {

    private final AlertRuleService rules;
    private final IndicatorCatalog catalog;
    private final Grid<AlertRule> grid = new Grid<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final Select<Comparison> comparison = new Select<>();
    private final NumberField threshold = new NumberField();
    private final Select<AlertSeverity> severity = new Select<>();
    private final Checkbox enabled = new Checkbox();
    private Long editing;

    AlertRulesView(AlertRuleService rules, IndicatorCatalog catalog) {
        this.rules = rules;
        this.catalog = catalog;
        addClassNames("page", "alert-rules-view");

        setUpGrid(catalog);
        setUpFields(catalog);
        Button save = new Button(getTranslation("rules.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("rule-save");
        Button clear = new Button(
                getTranslation("rules.new"), click -> grid.asSingleSelect().clear());
        FormLayout form = new FormLayout(indicator, comparison, threshold, severity, enabled);
        Section editor = new Section(form, new Div(save, clear));
        editor.addClassName("card");
        Paragraph lead = new Paragraph(getTranslation("rules.lead"));
        lead.addClassName("page-lead");
        Section list = new Section(grid);
        list.addClassName("card");
        add(new H1(getTranslation("nav.admin.alert-rules")), lead, list, editor);
        edit(null);
        refresh();
    }

    /** Every rule: its indicator, when it fires, how severe and whether it is on; choosing one edits it. */
    private void setUpGrid(IndicatorCatalog catalog) {
        grid.addColumn(rule -> catalog.find(rule.indicatorCode())
                        .map(i -> i.name(getLocale()))
                        .orElse(rule.indicatorCode()))
                .setHeader(getTranslation("rules.indicator"))
                .setFlexGrow(2);
        grid.addColumn(rule -> getTranslation(rule.comparison().labelKey()) + " "
                        + catalog.find(rule.indicatorCode())
                                .map(i -> Formats.value(i, rule.threshold(), getLocale()) + " " + Formats.unit(this, i))
                                .orElse(String.valueOf(rule.threshold())))
                .setHeader(getTranslation("rules.threshold"))
                .setFlexGrow(2);
        grid.addColumn(rule -> getTranslation(rule.severity().labelKey())).setHeader(getTranslation("rules.severity"));
        grid.addColumn(rule -> getTranslation(rule.enabled() ? "rules.on" : "rules.off"))
                .setHeader(getTranslation("rules.enabled"));
        grid.setAllRowsVisible(true);
        grid.setId("alert-rules");
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
    }

    private void setUpFields(IndicatorCatalog catalog) {
        indicator.setLabel(getTranslation("rules.indicator"));
        indicator.setItems(catalog.all());
        indicator.setItemLabelGenerator(i -> i.name(getLocale()) + " (" + Formats.unit(this, i) + ")");
        indicator.setRequiredIndicatorVisible(true);
        comparison.setLabel(getTranslation("rules.when"));
        comparison.setItems(Comparison.values());
        comparison.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        threshold.setLabel(getTranslation("rules.threshold"));
        threshold.setRequiredIndicatorVisible(true);
        threshold.setId("rule-threshold");
        severity.setLabel(getTranslation("rules.severity"));
        severity.setItems(AlertSeverity.values());
        severity.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        enabled.setLabel(getTranslation("rules.enabled"));
    }

    private void edit(AlertRule rule) {
        editing = rule == null ? null : rule.id();
        indicator.setValue(
                rule == null ? null : catalog.find(rule.indicatorCode()).orElse(null));
        comparison.setValue(rule == null ? Comparison.ABOVE : rule.comparison());
        threshold.setValue(rule == null ? null : rule.threshold());
        severity.setValue(rule == null ? AlertSeverity.WARNING : rule.severity());
        enabled.setValue(rule == null || rule.enabled());
        indicator.setInvalid(false);
        threshold.setInvalid(false);
    }

    private void save() {
        if (indicator.getValue() == null || threshold.getValue() == null) {
            indicator.setInvalid(indicator.getValue() == null);
            threshold.setInvalid(threshold.getValue() == null);
            Notification.show(getTranslation("rules.required"), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        rules.save(
                editing,
                indicator.getValue().code(),
                comparison.getValue(),
                threshold.getValue(),
                severity.getValue(),
                enabled.getValue());
        Notification.show(getTranslation("rules.saved"), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        grid.asSingleSelect().clear();
        refresh();
    }

    private void refresh() {
        grid.setItems(rules.rules());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.alert-rules") + " · " + getTranslation("app.title");
    }
}
