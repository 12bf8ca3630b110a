package kr.seoul.smartcity.citystatus.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueRefusedException;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.FieldProblem;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.InvalidCatalogueException;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * One indicator of the catalogue, new or existing, in three sections (identity, judging, metadata), with its
 * history, a waiting disclosure to approve or reject, and retirement. Fields are checked as they are typed and again
 * by the service; a refused save keeps everything typed and marks the fields to fix. Read-only for those who may
 * not change the indicator. Full screen on phones.
 */
class IndicatorEditor extends Dialog {

    private final CatalogueStewardship stewardship;
    private final CatalogueActor actor;
    private final Runnable onChange;
    private final CatalogueEntry entry;
    private final Binder<IndicatorForm> binder = new Binder<>();
    private final IndicatorForm form;
    private final Map<String, HasValidation> fields = new HashMap<>();

    IndicatorEditor(CatalogueStewardship stewardship, IndicatorCatalog catalog, DirectoryService directory,
                    CatalogueActor actor, CatalogueEntry entry, Runnable onChange) {
        this.stewardship = stewardship;
        this.actor = actor;
        this.onChange = onChange;
        this.entry = entry;
        addClassName("catalogue-editor");
        setId("indicator-editor");
        setHeaderTitle(entry == null ? getTranslation("catalogue.new")
                : getTranslation("catalogue.editor.title", entry.indicator().name(getLocale()), entry.code()));
        setCloseOnOutsideClick(false);
        setDraggable(false);
        getElement().setAttribute("aria-label", getHeaderTitle());
        form = entry == null ? newForm(actor) : IndicatorForm.of(entry);
        boolean editable = entry == null ? stewardship.mayCreate(actor)
                : !entry.retired() && stewardship.mayEdit(actor, entry.indicator());

        Div content = new Div();
        content.addClassName("catalogue-editor-content");
        if (entry != null && entry.retired()) {
            content.add(note(getTranslation("catalogue.retired-note"), "catalogue-retired-note"));
        }
        if (entry != null && entry.pending() != null) {
            content.add(pendingPanel(entry));
        }
        content.add(identity(catalog, directory, editable), judging(), metadata());
        if (entry != null) {
            Section history = new Section(new H3(getTranslation("catalogue.section.history")),
                    new ChangeHistory(stewardship.history(actor, entry.code()), directory));
            history.addClassName("catalogue-section");
            history.setId("catalogue-history");
            content.add(history);
        }
        add(content);
        binder.readBean(form);
        binder.setReadOnly(!editable);
        if (entry != null) {
            ((TextField) fields.get("code")).setReadOnly(true);
        }
        if (!actor.isAdmin()) {
            ((ComboBox<?>) fields.get("owningDepartment")).setReadOnly(true);
        }

        Button close = new Button(getTranslation(editable ? "catalogue.cancel" : "catalogue.close"), click -> close());
        close.setId("indicator-close");
        if (editable) {
            Button save = new Button(getTranslation("catalogue.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("indicator-save");
            save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
            getFooter().add(save);
            if (entry != null) {
                Button retire = new Button(getTranslation("catalogue.retire"), click -> confirmRetire());
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
                retire.setId("indicator-retire");
                getFooter().add(retire);
            }
        }
        getFooter().add(close);
    }

    private static IndicatorForm newForm(CatalogueActor actor) {
        IndicatorForm form = new IndicatorForm();
        form.owningDepartment = actor.departmentCode();
        return form;
    }

    private Component pendingPanel(CatalogueEntry entry) {
        Div panel = new Div();
        panel.addClassName("catalogue-pending");
        panel.setId("catalogue-pending");
        panel.getElement().setAttribute("role", "status");
        panel.add(new Paragraph(getTranslation("catalogue.pending.text",
                getTranslation(entry.pending().disclosure().labelKey()), entry.pending().requestedBy(),
                Formats.dateTime(entry.pending().requestedAt()))));
        boolean mayEdit = stewardship.mayEdit(actor, entry.indicator());
        if (stewardship.mayApprove(actor, entry)) {
            Button approve = new Button(getTranslation("catalogue.pending.approve"),
                    click -> act(() -> stewardship.approveDisclosure(actor, entry.code()), "catalogue.pending.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setId("disclosure-approve");
            panel.add(approve);
        } else if (mayEdit) {
            panel.add(new Paragraph(getTranslation("catalogue.pending.second-person")));
        }
        if (mayEdit) {
            Button reject = new Button(getTranslation(actor.username().equals(entry.pending().requestedBy())
                    ? "catalogue.pending.withdraw" : "catalogue.pending.reject"),
                    click -> act(() -> stewardship.rejectDisclosure(actor, entry.code()), "catalogue.pending.rejected"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            reject.setId("disclosure-reject");
            panel.add(reject);
        }
        return panel;
    }

    private Section identity(IndicatorCatalog catalog, DirectoryService directory, boolean editable) {
        TextField code = text("code", f -> f.code, (f, v) -> f.code = v, true);
        code.setMaxLength(48);
        code.setAllowedCharPattern("[A-Za-z0-9_]");
        code.setHelperText(getTranslation("catalogue.help.code"));
        binder.forField(code).asRequired(getTranslation("catalogue.problem.required"))
                .withValidator(v -> v.toUpperCase().matches("[A-Z][A-Z0-9_]{1,47}"),
                        getTranslation("catalogue.problem.code-pattern", code.getValue()))
                .bind(f -> blank(f.code), (f, v) -> f.code = v.toUpperCase());
        TextField nameKo = required("nameKo", f -> f.nameKo, (f, v) -> f.nameKo = v);
        TextField nameEn = required("nameEn", f -> f.nameEn, (f, v) -> f.nameEn = v);
        TextField unit = required("unit", f -> f.unit, (f, v) -> f.unit = v);
        unit.setMaxLength(24);
        ComboBox<String> area = new ComboBox<>(getTranslation("catalogue.field.area"));
        List<IndicatorArea> areas = catalog.allAreas().stream()
                .filter(a -> !a.retired() || a.code().equals(form.area)).toList();
        area.setItems(areas.stream().map(IndicatorArea::code).toList());
        area.setItemLabelGenerator(c -> catalog.areaName(c, getLocale()));
        register("area", area);
        binder.forField(area).asRequired(getTranslation("catalogue.problem.required"))
                .bind(f -> f.area, (f, v) -> f.area = v);
        ComboBox<String> department = new ComboBox<>(getTranslation("catalogue.field.owningDepartment"));
        List<Department> departments = directory.departments();
        department.setItems(departments.stream().map(Department::code).toList());
        department.setItemLabelGenerator(c -> departments.stream().filter(d -> d.code().equals(c)).findFirst()
                .map(d -> d.name(getLocale())).orElse(c));
        register("owningDepartment", department);
        binder.forField(department).asRequired(getTranslation("catalogue.problem.required"))
                .bind(f -> f.owningDepartment, (f, v) -> f.owningDepartment = v);
        Select<DisclosureClass> disclosure = new Select<>();
        disclosure.setLabel(getTranslation("catalogue.field.disclosure"));
        disclosure.setItems(DisclosureClass.values());
        disclosure.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        disclosure.setHelperText(getTranslation("catalogue.help.disclosure"));
        register("disclosure", disclosure);
        binder.forField(disclosure).asRequired(getTranslation("catalogue.problem.required"))
                .bind(f -> f.disclosure, (f, v) -> f.disclosure = v);
        TextField source = text("source", f -> f.source, (f, v) -> f.source = v, false);
        source.setHelperText(getTranslation("catalogue.help.source"));
        IntegerField minutes = new IntegerField(getTranslation("catalogue.field.updateMinutes"));
        minutes.setMin(1);
        minutes.setStepButtonsVisible(true);
        register("updateMinutes", minutes);
        binder.forField(minutes).asRequired(getTranslation("catalogue.problem.required"))
                .withValidator(v -> v > 0, getTranslation("catalogue.problem.update-minutes", 527040))
                .bind(f -> f.updateMinutes, (f, v) -> f.updateMinutes = v);
        Checkbox perDistrict = new Checkbox(getTranslation("catalogue.field.perDistrict"));
        register("perDistrict", perDistrict);
        binder.forField(perDistrict).bind(f -> f.perDistrict, (f, v) -> f.perDistrict = v);
        IntegerField sortOrder = new IntegerField(getTranslation("catalogue.field.sortOrder"));
        register("sortOrder", sortOrder);
        binder.forField(sortOrder).bind(f -> f.sortOrder, (f, v) -> f.sortOrder = v);
        FormLayout layout = new FormLayout(code, nameKo, nameEn, area, department, unit, disclosure, source, minutes,
                sortOrder, perDistrict);
        return section("catalogue.section.identity", "catalogue-identity", layout);
    }

    private Section judging() {
        RadioButtonGroup<Boolean> direction = new RadioButtonGroup<>(getTranslation("catalogue.field.higherIsWorse"));
        direction.setItems(true, false);
        direction.setItemLabelGenerator(worse -> getTranslation(worse ? "catalogue.direction.higher"
                : "catalogue.direction.lower"));
        register("higherIsWorse", direction);
        binder.forField(direction).bind(f -> f.higherIsWorse, (f, v) -> f.higherIsWorse = v == null || v);
        NumberField warn = new NumberField(getTranslation("catalogue.field.warnAt"));
        register("warnAt", warn);
        binder.forField(warn).bind(f -> f.warnAt, (f, v) -> f.warnAt = v);
        NumberField danger = new NumberField(getTranslation("catalogue.field.dangerAt"));
        register("dangerAt", danger);
        binder.forField(danger).withValidator((value, context) -> consistent(direction.getValue(), warn.getValue(), value))
                .bind(f -> f.dangerAt, (f, v) -> f.dangerAt = v);
        warn.addValueChangeListener(change -> binder.validate());
        direction.addValueChangeListener(change -> binder.validate());
        IntegerField decimals = new IntegerField(getTranslation("catalogue.field.decimals"));
        decimals.setMin(0);
        decimals.setMax(6);
        decimals.setStepButtonsVisible(true);
        register("decimals", decimals);
        binder.forField(decimals).asRequired(getTranslation("catalogue.problem.required"))
                .withValidator(v -> v >= 0 && v <= 6, getTranslation("catalogue.problem.decimals", 6))
                .bind(f -> f.decimals, (f, v) -> f.decimals = v);
        return section("catalogue.section.judging", "catalogue-judging",
                new FormLayout(direction, warn, danger, decimals));
    }

    private ValidationResult consistent(Boolean higherIsWorse, Double warn, Double danger) {
        if (warn == null || danger == null) {
            return ValidationResult.ok();
        }
        boolean higher = higherIsWorse == null || higherIsWorse;
        if (higher && warn >= danger) {
            return ValidationResult.error(getTranslation("catalogue.problem.danger-above-warning"));
        }
        if (!higher && warn <= danger) {
            return ValidationResult.error(getTranslation("catalogue.problem.danger-below-warning"));
        }
        return ValidationResult.ok();
    }

    private Section metadata() {
        TextField summaryKo = text("summaryKo", f -> f.summaryKo, (f, v) -> f.summaryKo = v, false);
        TextField summaryEn = text("summaryEn", f -> f.summaryEn, (f, v) -> f.summaryEn = v, false);
        summaryKo.setMaxLength(300);
        summaryEn.setMaxLength(300);
        TextArea descriptionKo = area("descriptionKo", f -> f.descriptionKo, (f, v) -> f.descriptionKo = v);
        TextArea descriptionEn = area("descriptionEn", f -> f.descriptionEn, (f, v) -> f.descriptionEn = v);
        TextArea useCaseKo = area("useCaseKo", f -> f.useCaseKo, (f, v) -> f.useCaseKo = v);
        TextArea useCaseEn = area("useCaseEn", f -> f.useCaseEn, (f, v) -> f.useCaseEn = v);
        TextField sourceSystem = text("sourceSystem", f -> f.sourceSystem, (f, v) -> f.sourceSystem = v, false);
        TextField datasetUrl = new TextField(getTranslation("catalogue.field.datasetUrl"));
        datasetUrl.setPlaceholder("https://data.seoul.go.kr/...");
        register("datasetUrl", datasetUrl);
        binder.forField(datasetUrl)
                .withValidator(v -> v.isBlank() || v.strip().matches("(?i)https?://[^\\s/]+.*"),
                        getTranslation("catalogue.problem.dataset-url", ""))
                .bind(f -> blank(f.datasetUrl), (f, v) -> f.datasetUrl = v);
        TextField contributors = text("contributors", f -> f.contributors, (f, v) -> f.contributors = v, false);
        TextField timeRange = text("timeRange", f -> f.timeRange, (f, v) -> f.timeRange = v, false);
        TextField licence = text("licence", f -> f.licence, (f, v) -> f.licence = v, false);
        FormLayout layout = new FormLayout(summaryKo, summaryEn, descriptionKo, descriptionEn, useCaseKo, useCaseEn,
                sourceSystem, datasetUrl, contributors, timeRange, licence);
        return section("catalogue.section.metadata", "catalogue-metadata", layout);
    }

    private Section section(String titleKey, String id, FormLayout layout) {
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        H3 title = new H3(getTranslation(titleKey));
        title.setId(id + "-title");
        Section section = new Section(title, layout);
        section.setId(id);
        section.addClassName("catalogue-section");
        section.getElement().setAttribute("aria-labelledby", id + "-title");
        return section;
    }

    private TextField required(String name, Function<IndicatorForm, String> getter,
                               BiConsumer<IndicatorForm, String> setter) {
        return text(name, getter, setter, true);
    }

    private TextField text(String name, Function<IndicatorForm, String> getter, BiConsumer<IndicatorForm, String> setter,
                           boolean required) {
        TextField field = new TextField(getTranslation("catalogue.field." + name));
        register(name, field);
        if (!name.equals("code")) {
            Binder.BindingBuilder<IndicatorForm, String> binding = binder.forField(field);
            if (required) {
                binding = binding.asRequired(getTranslation("catalogue.problem.required"));
            }
            binding.bind(f -> blank(getter.apply(f)), setter::accept);
        }
        return field;
    }

    private TextArea area(String name, Function<IndicatorForm, String> getter, BiConsumer<IndicatorForm, String> setter) {
        TextArea field = new TextArea(getTranslation("catalogue.field." + name));
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

    private void save() {
        clearServerErrors();
        if (!binder.writeBeanIfValid(form)) {
            binder.validate();
            Notification.show(getTranslation("catalogue.check-fields"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            CatalogueEntry saved = entry == null ? stewardship.create(actor, form.draft())
                    : stewardship.update(actor, entry.code(), form.draft(), entry.version());
            boolean waiting = saved.pending() != null && (entry == null || entry.pending() == null);
            Notification.show(getTranslation(waiting ? "catalogue.saved-pending" : "catalogue.saved", saved.code()),
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (InvalidCatalogueException e) {
            showProblems(e.problems());
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            String message = getTranslation(problem.key(), problem.arguments().toArray());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
        Notification.show(getTranslation("catalogue.check-fields"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        fields.entrySet().stream().filter(e -> e.getValue().isInvalid()).findFirst()
                .ifPresent(e -> ((Component) e.getValue()).getElement().callJsFunction("focus"));
    }

    private void clearServerErrors() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("catalogue.retire.title", entry.code()),
                getTranslation("catalogue.retire.text"), getTranslation("catalogue.retire"),
                ok -> act(() -> stewardship.retire(actor, entry.code()), "catalogue.retired"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalogue.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("retire-confirm");
        confirm.open();
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Notification.show(getTranslation(doneKey, entry.code()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void refused(CatalogueRefusedException e) {
        Notification.show(getTranslation(e.key(), e.arguments().toArray()), 7000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Paragraph note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
