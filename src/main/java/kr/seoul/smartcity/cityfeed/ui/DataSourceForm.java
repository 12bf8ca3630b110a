package kr.seoul.smartcity.cityfeed.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.service.InvalidSourceException;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.directory.domain.Department;

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
    final TextField timeNames = new TextField();
    final TextField timeFormat = new TextField();
    final TextField districtNames = new TextField();
    final TextArea districtCodes = new TextArea();
    final TextField filterNames = new TextField();
    final TextField filterValues = new TextField();
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
        label(timeNames, "time-names", "data-source.names.help");
        label(timeFormat, "time-format", "data-source.time-format.help");
        label(districtNames, "district-names", "data-source.district-names.help");
        label(districtCodes, "district-codes", "data-source.district-codes.help");
        label(filterNames, "filter-names", null);
        label(filterValues, "filter-values", null);

        FormLayout about = form(name, kind, every, credential, department, enabled, description);
        about.setColspan(description, 2);
        FormLayout mapping = form(timeNames, timeFormat, districtNames, districtCodes, filterNames, filterValues);
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

    /** Labels a field {@code data-source.<key>} with the id {@code source-<key>} and the help text, if any. */
    static void label(HasLabel field, String key, String help) {
        Component component = (Component) field;
        field.setLabel(component.getTranslation("data-source." + key));
        component.setId("source-" + key);
        if (help != null && field instanceof HasHelper helped) {
            helped.setHelperText(component.getTranslation(help));
        }
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
        SourceMapping mapping = source.mapping();
        timeNames.setValue(String.join(", ", mapping.time().names()));
        timeFormat.setValue(text(mapping.time().format()));
        districtNames.setValue(
                mapping.district() == null
                        ? ""
                        : String.join(", ", mapping.district().names()));
        districtCodes.setValue(
                mapping.district() == null ? "" : lines(mapping.district().codes()));
        filterNames.setValue(
                mapping.filter() == null
                        ? ""
                        : String.join(", ", mapping.filter().names()));
        filterValues.setValue(
                mapping.filter() == null
                        ? ""
                        : String.join(", ", mapping.filter().anyOf()));
        valueRows.clear();
        values.removeAll();
        mapping.values().forEach(this::addValue);
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
        SourceMapping.Field district = list(districtNames.getValue()).isEmpty()
                ? null
                : new SourceMapping.Field(list(districtNames.getValue()), null, pairs(districtCodes.getValue()));
        SourceMapping.Filter filter = list(filterNames.getValue()).isEmpty()
                ? null
                : new SourceMapping.Filter(list(filterNames.getValue()), list(filterValues.getValue()));
        SourceMapping mapping = new SourceMapping(
                new SourceMapping.Field(list(timeNames.getValue()), blankToNull(timeFormat.getValue()), Map.of()),
                district,
                valueRows.stream().map(ValueRow::value).toList(),
                filter);
        return new DataSource(
                name.getValue().strip(),
                kind.getValue(),
                request,
                mapping,
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
                case "time" -> timeNames;
                case "timeFormat" -> timeFormat;
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
        for (HasValidation field : List.<HasValidation>of(name, kind, every, department, timeNames, timeFormat)) {
            field.setInvalid(false);
        }
        fetch.clearMarks();
    }

    static List<String> list(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Lines {@code left=right}; blank lines are skipped. */
    static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\\R")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    pairs.put(
                            line.substring(0, equals).strip(),
                            line.substring(equals + 1).strip());
                }
            }
        }
        return pairs;
    }

    static String lines(Map<String, ?> pairs) {
        StringBuilder text = new StringBuilder();
        pairs.forEach(
                (left, right) -> text.append(left).append('=').append(right).append('\n'));
        return text.toString().strip();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
