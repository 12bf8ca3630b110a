package kr.seoul.smartcity.cityfeed.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.service.InvalidSourceException;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.directory.domain.Department;

import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.blankToNull;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.label;
import static kr.seoul.smartcity.cityfeed.ui.SourceFieldTexts.text;

/**
 * A source's declaration on screen: what to fetch (the fields its kind needs) and how rows become values. Reads a
 * declaration into its fields and makes one from them; marks the fields the service found wrong.
 */
final class DataSourceForm extends VerticalLayout {

    final TextField name = new TextField();
    final Select<SourceKind> kind = new Select<>();
    final IntegerField every = new IntegerField();
    final ComboBox<String> credential = new ComboBox<>();
    final Checkbox enabled = new Checkbox();
    final Select<String> department = new Select<>();
    final TextField description = new TextField();
    private final SourceRequestFields fetch = new SourceRequestFields();
    private final SourceMappingFields mapping = new SourceMappingFields();
    private final VerticalLayout values = new VerticalLayout();
    private final List<ValueRow> valueRows = new ArrayList<>();
    private final List<Indicator> indicators;
    private final Locale locale;
    private int version;
    private int rowIds;

    DataSourceForm(List<Indicator> indicators, List<Department> departments, List<String> credentials, Locale locale) {
        this.indicators = indicators;
        this.locale = locale;
        setPadding(false);
        addClassName("data-source-form");
        label(name, "name", "data-source.name.help");
        kind.setLabel(getTranslation("data-source.kind"));
        kind.setId("source-kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        every.setLabel(getTranslation("data-source.every"));
        every.setId("source-every");
        every.setMin(1);
        every.setStepButtonsVisible(true);
        every.setSuffixComponent(new Div(getTranslation("data-source.every.unit")));
        credential.setLabel(getTranslation("data-source.credential"));
        credential.setHelperText(getTranslation("data-source.credential.help"));
        credential.setId("source-credential");
        credential.setItems(credentials);
        credential.setAllowCustomValue(true);
        credential.addCustomValueSetListener(custom -> credential.setValue(custom.getDetail()));
        enabled.setLabel(getTranslation("data-source.enabled"));
        enabled.setId("source-enabled");
        offerDepartments(departments);
        label(description, "description", null);

        FormLayout about = form(name, kind, every, credential, department, enabled, description);
        about.setColspan(description, 2);
        values.setPadding(false);
        Button addValue =
                new Button(getTranslation("data-source.value.add"), VaadinIcon.PLUS.create(), click -> addValue(null));
        addValue.setId("add-value");
        add(
                new H2(getTranslation("data-source.section.about")),
                about,
                new H2(getTranslation("data-source.section.fetch")),
                fetch,
                new H2(getTranslation("data-source.section.mapping")),
                mapping,
                new H2(getTranslation("data-source.section.values")),
                values,
                addValue);
        kind.setValue(SourceKind.SEOUL_OPEN_DATA);
    }

    private void offerDepartments(List<Department> departments) {
        department.setLabel(getTranslation("data-source.department"));
        department.setId("source-department");
        Map<String, String> departmentNames = new LinkedHashMap<>();
        departments.forEach(d -> departmentNames.put(d.code(), d.name(locale)));
        department.setItems(departmentNames.keySet());
        department.setItemLabelGenerator(code -> departmentNames.getOrDefault(code, code));
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        return form;
    }

    private void showFieldsOf(SourceKind chosen) {
        fetch.showFieldsOf(chosen);
        every.setEnabled(chosen.fetched());
    }

    private ValueRow addValue(SourceMapping.Value value) {
        ValueRow row = new ValueRow(indicators, locale, rowIds++);
        row.remove.addClickListener(click -> {
            valueRows.remove(row);
            values.remove(row);
        });
        if (value != null) {
            row.show(value, indicators);
        }
        valueRows.add(row);
        values.add(row);
        return row;
    }

    /** Shows a declaration; a new one has version 0. */
    void show(DataSource source) {
        version = source.version();
        name.setValue(source.name());
        name.setReadOnly(source.version() > 0);
        kind.setValue(source.kind());
        every.setValue(source.everyMinutes());
        credential.setValue(source.credential());
        enabled.setValue(source.enabled());
        department.setValue(source.owningDepartment());
        description.setValue(text(source.description()));
        fetch.show(source.request());
        mapping.show(source.mapping());
        valueRows.clear();
        values.removeAll();
        source.mapping().values().forEach(this::addValue);
        if (valueRows.isEmpty()) {
            addValue(null);
        }
    }

    /**
     * The declaration as the fields have it.
     *
     * @throws IllegalArgumentException if a code table line is not text=number
     */
    DataSource declaration() {
        SourceRequest request = fetch.request();
        SourceMapping declared =
                mapping.mapping(valueRows.stream().map(ValueRow::value).toList());
        return new DataSource(
                name.getValue().strip(),
                kind.getValue(),
                request,
                declared,
                every.getValue() == null ? 0 : every.getValue(),
                blankToNull(credential.getValue()),
                enabled.getValue(),
                department.getValue(),
                blankToNull(description.getValue()),
                version,
                null,
                null);
    }

    /** Marks the fields the problems are about; returns the messages no field shows. */
    List<String> mark(List<InvalidSourceException.Problem> problems) {
        clearMarks();
        List<String> unplaced = new ArrayList<>();
        for (InvalidSourceException.Problem problem : problems) {
            HasValidation field = switch (problem.field()) {
                case "name" -> name;
                case "kind" -> kind;
                case "everyMinutes" -> every;
                case "owningDepartment" -> department;
                case "time" -> mapping.timeNames;
                case "timeFormat" -> mapping.timeFormat;
                default -> fetch.field(problem.field());
            };
            if (field == null) {
                unplaced.add(problem.message());
            } else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    void clearMarks() {
        for (HasValidation field :
                List.<HasValidation>of(name, kind, every, department, mapping.timeNames, mapping.timeFormat)) {
            field.setInvalid(false);
        }
        fetch.clearMarks();
    }
}
