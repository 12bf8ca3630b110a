package kr.seoul.smartcity.citystatus.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.i18n.I18NProvider;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.FieldProblem;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * The fields of the indicator editor in its three sections (identity, judging, metadata), bound to one
 * {@link IndicatorForm}: each checked as it is typed, and marked with the problems the service found on saving.
 * Every field has the id {@code indicator-<name>}, the name the service uses for its problems.
 */
class IndicatorFields {

    private final Binder<IndicatorForm> binder = new Binder<>();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final IndicatorForm form;
    private final Locale locale;

    IndicatorFields(IndicatorForm form, Locale locale) {
        this.form = form;
        this.locale = locale;
    }

    /** Shows the form; read-only as a whole, or with the code (of an existing indicator) or department fixed. */
    void show(boolean editable, boolean codeFixed, boolean departmentFixed) {
        binder.readBean(form);
        binder.setReadOnly(!editable);
        if (codeFixed) {
            ((TextField) fields.get("code")).setReadOnly(true);
        }
        if (departmentFixed) {
            ((ComboBox<?>) fields.get("owningDepartment")).setReadOnly(true);
        }
    }

    /** Writes what was typed to the form if every field is valid; otherwise shows every field's problem. */
    boolean write() {
        if (binder.writeBeanIfValid(form)) {
            return true;
        }
        binder.validate();
        return false;
    }

    /** Marks the fields the service found problems with. */
    void mark(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(t(problem.key(), problem.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }

    void focusFirstInvalid() {
        fields.entrySet().stream()
                .filter(e -> e.getValue().isInvalid())
                .findFirst()
                .ifPresent(e -> ((Component) e.getValue()).getElement().callJsFunction("focus"));
    }

    void clearMarks() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    Section identity(IndicatorCatalog catalog, DirectoryService directory) {
        TextField code = code();
        TextField nameKo = required("nameKo", f -> f.nameKo, (f, v) -> f.nameKo = v);
        TextField nameEn = required("nameEn", f -> f.nameEn, (f, v) -> f.nameEn = v);
        TextField unit = required("unit", f -> f.unit, (f, v) -> f.unit = v);
        unit.setMaxLength(24);
        ComboBox<String> area = area(catalog);
        ComboBox<String> department = department(directory);
        Select<DisclosureClass> disclosure = new Select<>();
        disclosure.setLabel(t("catalogue.field.disclosure"));
        disclosure.setItems(DisclosureClass.values());
        disclosure.setItemLabelGenerator(d -> t(d.labelKey()));
        disclosure.setHelperText(t("catalogue.help.disclosure"));
        register("disclosure", disclosure);
        binder.forField(disclosure)
                .asRequired(t("catalogue.problem.required"))
                .bind(f -> f.disclosure, (f, v) -> f.disclosure = v);
        TextField source = text("source", f -> f.source, (f, v) -> f.source = v, false);
        source.setHelperText(t("catalogue.help.source"));
        IntegerField minutes = new IntegerField(t("catalogue.field.updateMinutes"));
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        register("updateMinutes", minutes);
        binder.forField(minutes)
                .asRequired(t("catalogue.problem.required"))
                .withValidator(v -> v > 0, t("catalogue.problem.update-minutes", 527040))
                .bind(f -> f.updateMinutes, (f, v) -> f.updateMinutes = v);
        Checkbox perDistrict = new Checkbox(t("catalogue.field.perDistrict"));
        register("perDistrict", perDistrict);
        binder.forField(perDistrict).bind(f -> f.perDistrict, (f, v) -> f.perDistrict = v);
        IntegerField sortOrder = new IntegerField(t("catalogue.field.sortOrder"));
        register("sortOrder", sortOrder);
        binder.forField(sortOrder).bind(f -> f.sortOrder, (f, v) -> f.sortOrder = v);
        FormLayout layout = new FormLayout(
                code, nameKo, nameEn, area, department, unit, disclosure, source, minutes, sortOrder, perDistrict);
        return section("catalogue.section.identity", "catalogue-identity", layout);
    }

    private TextField code() {
        TextField code = text("code", f -> f.code, (f, v) -> f.code = v, true);
        code.setMaxLength(48);
        code.setAllowedCharPattern("[A-Za-z0-9_]");
        code.setHelperText(t("catalogue.help.code"));
        binder.forField(code)
                .asRequired(t("catalogue.problem.required"))
                .withValidator(
                        v -> v.toUpperCase().matches("[A-Z][A-Z0-9_]{1,47}"),
                        t("catalogue.problem.code-pattern", code.getValue()))
                .bind(f -> blank(f.code), (f, v) -> f.code = v.toUpperCase());
        return code;
    }

    private ComboBox<String> area(IndicatorCatalog catalog) {
        ComboBox<String> area = new ComboBox<>(t("catalogue.field.area"));
        List<IndicatorArea> areas = catalog.allAreas().stream()
                .filter(a -> !a.retired() || a.code().equals(form.area))
                .toList();
        area.setItems(areas.stream().map(IndicatorArea::code).toList());
        area.setItemLabelGenerator(c -> catalog.areaName(c, locale));
        register("area", area);
        binder.forField(area).asRequired(t("catalogue.problem.required")).bind(f -> f.area, (f, v) -> f.area = v);
        return area;
    }

    private ComboBox<String> department(DirectoryService directory) {
        ComboBox<String> department = new ComboBox<>(t("catalogue.field.owningDepartment"));
        List<Department> departments = directory.departments();
        department.setItems(departments.stream().map(Department::code).toList());
        department.setItemLabelGenerator(c -> departments.stream()
                .filter(d -> d.code().equals(c))
                .findFirst()
                .map(d -> d.name(locale))
                .orElse(c));
        register("owningDepartment", department);
        binder.forField(department)
                .asRequired(t("catalogue.problem.required"))
                .bind(f -> f.owningDepartment, (f, v) -> f.owningDepartment = v);
        return department;
    }

    Section judging() {
        RadioButtonGroup<Boolean> direction = new RadioButtonGroup<>(t("catalogue.field.higherIsWorse"));
        direction.setItems(true, false);
        direction.setItemLabelGenerator(worse -> t(worse ? "catalogue.direction.higher" : "catalogue.direction.lower"));
        register("higherIsWorse", direction);
        binder.forField(direction).bind(f -> f.higherIsWorse, (f, v) -> f.higherIsWorse = v == null || v);
        NumberField warn = new NumberField(t("catalogue.field.warnAt"));
        register("warnAt", warn);
        binder.forField(warn).bind(f -> f.warnAt, (f, v) -> f.warnAt = v);
        NumberField danger = new NumberField(t("catalogue.field.dangerAt"));
        register("dangerAt", danger);
        binder.forField(danger)
                .withValidator((value, context) -> consistent(direction.getValue(), warn.getValue(), value))
                .bind(f -> f.dangerAt, (f, v) -> f.dangerAt = v);
        warn.addValueChangeListener(change -> binder.validate());
        direction.addValueChangeListener(change -> binder.validate());
        IntegerField decimals = new IntegerField(t("catalogue.field.decimals"));
        decimals.setMin(0);
        decimals.setMax(6);
        decimals.setStepButtonsVisible(true);
        register("decimals", decimals);
        binder.forField(decimals)
                .asRequired(t("catalogue.problem.required"))
                .withValidator(v -> v >= 0 && v <= 6, t("catalogue.problem.decimals", 6))
                .bind(f -> f.decimals, (f, v) -> f.decimals = v);
        return section(
                "catalogue.section.judging", "catalogue-judging", new FormLayout(direction, warn, danger, decimals));
    }

    private ValidationResult consistent(Boolean higherIsWorse, Double warn, Double danger) {
        if (warn == null || danger == null) {
            return ValidationResult.ok();
        }
        boolean higher = higherIsWorse == null || higherIsWorse;
        if (higher && warn >= danger) {
            return ValidationResult.error(t("catalogue.problem.danger-above-warning"));
        }
        if (!higher && warn <= danger) {
            return ValidationResult.error(t("catalogue.problem.danger-below-warning"));
        }
        return ValidationResult.ok();
    }

    Section metadata() {
        TextField summaryKo = text("summaryKo", f -> f.summaryKo, (f, v) -> f.summaryKo = v, false);
        TextField summaryEn = text("summaryEn", f -> f.summaryEn, (f, v) -> f.summaryEn = v, false);
        summaryKo.setMaxLength(300);
        summaryEn.setMaxLength(300);
        TextArea descriptionKo = area("descriptionKo", f -> f.descriptionKo, (f, v) -> f.descriptionKo = v);
        TextArea descriptionEn = area("descriptionEn", f -> f.descriptionEn, (f, v) -> f.descriptionEn = v);
        TextArea useCaseKo = area("useCaseKo", f -> f.useCaseKo, (f, v) -> f.useCaseKo = v);
        TextArea useCaseEn = area("useCaseEn", f -> f.useCaseEn, (f, v) -> f.useCaseEn = v);
        TextField sourceSystem = text("sourceSystem", f -> f.sourceSystem, (f, v) -> f.sourceSystem = v, false);
        TextField datasetUrl = new TextField(t("catalogue.field.datasetUrl"));
        datasetUrl.setPlaceholder("https://data.seoul.go.kr/...");
        register("datasetUrl", datasetUrl);
        binder.forField(datasetUrl)
                .withValidator(
                        v -> v.isBlank() || v.strip().matches("(?i)https?://[^\\s/]+.*"),
                        t("catalogue.problem.dataset-url", ""))
                .bind(f -> blank(f.datasetUrl), (f, v) -> f.datasetUrl = v);
        TextField contributors = text("contributors", f -> f.contributors, (f, v) -> f.contributors = v, false);
        TextField timeRange = text("timeRange", f -> f.timeRange, (f, v) -> f.timeRange = v, false);
        TextField licence = text("licence", f -> f.licence, (f, v) -> f.licence = v, false);
        FormLayout layout = new FormLayout(
                summaryKo,
                summaryEn,
                descriptionKo,
                descriptionEn,
                useCaseKo,
                useCaseEn,
                sourceSystem,
                datasetUrl,
                contributors,
                timeRange,
                licence);
        return section("catalogue.section.metadata", "catalogue-metadata", layout);
    }

    private Section section(String titleKey, String id, FormLayout layout) {
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        H3 title = new H3(t(titleKey));
        title.setId(id + "-title");
        Section section = new Section(title, layout);
        section.setId(id);
        section.addClassName("catalogue-section");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        return section;
    }

    private TextField required(
            String name, Function<IndicatorForm, String> getter, BiConsumer<IndicatorForm, String> setter) {
        return text(name, getter, setter, true);
    }

    private TextField text(
            String name,
            Function<IndicatorForm, String> getter,
            BiConsumer<IndicatorForm, String> setter,
            boolean required) {
        TextField field = new TextField(t("catalogue.field." + name));
        register(name, field);
        if (!name.equals("code")) {
            Binder.BindingBuilder<IndicatorForm, String> binding = binder.forField(field);
            if (required) {
                binding = binding.asRequired(t("catalogue.problem.required"));
            }
            binding.bind(f -> blank(getter.apply(f)), setter::accept);
        }
        return field;
    }

    private TextArea area(
            String name, Function<IndicatorForm, String> getter, BiConsumer<IndicatorForm, String> setter) {
        TextArea field = new TextArea(t("catalogue.field." + name));
        field.setMaxLength(4000);
        field.setMaxHeight("12em");
        register(name, field);
        binder.forField(field).bind(f -> blank(getter.apply(f)), setter::accept);
        return field;
    }

    private void register(String name, Component field) {
        field.setId("indicator-" + name);
        if (field instanceof HasValidation validation) {
            fields.put(name, validation);
        }
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private String t(String key, Object... arguments) {
        return I18NProvider.translate(locale, key, arguments);
    }
}
