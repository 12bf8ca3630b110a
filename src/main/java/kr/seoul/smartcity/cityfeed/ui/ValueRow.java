package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Combine;
import kr.seoul.smartcity.citystatus.domain.Indicator;

/** One mapped value of a source in its editor: which indicator, from which field, converted and combined how. */
final class ValueRow extends FormLayout {

    final ComboBox<Indicator> indicator = new ComboBox<>();
    final TextField names = new TextField();
    final NumberField scale = new NumberField();
    final NumberField offset = new NumberField();
    final Select<Combine> combine = new Select<>();
    final Select<Combine> city = new Select<>();
    final TextArea codes = new TextArea();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    ValueRow(List<Indicator> indicators, Locale locale, int index) {
        addClassName("value-row");
        setId("value-row-" + index);
        indicator.setLabel(getTranslation("data-source.value.indicator"));
        indicator.setItems(indicators);
        indicator.setItemLabelGenerator(i -> i.code() + " · " + i.name(locale));
        indicator.setRequired(true);
        indicator.setId("value-indicator-" + index);
        names.setLabel(getTranslation("data-source.value.names"));
        names.setHelperText(getTranslation("data-source.names.help"));
        names.setId("value-names-" + index);
        scale.setLabel(getTranslation("data-source.value.scale"));
        scale.setValue(1.0);
        offset.setLabel(getTranslation("data-source.value.offset"));
        offset.setValue(0.0);
        combine.setLabel(getTranslation("data-source.value.combine"));
        combine.setItems(List.of(Combine.LAST, Combine.SUM, Combine.AVERAGE, Combine.MIN, Combine.MAX, Combine.COUNT));
        combine.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        combine.setValue(Combine.LAST);
        city.setLabel(getTranslation("data-source.value.city"));
        city.setItems(List.of(Combine.NONE, Combine.SUM, Combine.AVERAGE, Combine.MIN, Combine.MAX));
        city.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        city.setValue(Combine.NONE);
        codes.setLabel(getTranslation("data-source.value.codes"));
        codes.setHelperText(getTranslation("data-source.value.codes.help"));
        remove.setAriaLabel(getTranslation("data-source.value.remove"));
        remove.setTooltipText(getTranslation("data-source.value.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(indicator, names, combine, city, scale, offset, codes, remove);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("1000px", 4));
        setColspan(codes, 2);
    }

    void show(SourceMapping.Value value, List<Indicator> indicators) {
        indicators.stream()
                .filter(i -> i.code().equals(value.indicator()))
                .findFirst()
                .ifPresent(indicator::setValue);
        names.setValue(String.join(", ", value.names()));
        scale.setValue(value.scale());
        offset.setValue(value.offset());
        combine.setValue(value.combine());
        city.setValue(value.city());
        java.util.Map<String, String> table = new java.util.LinkedHashMap<>();
        value.codes().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue())
                .forEach(code -> table.put(
                        code.getKey(),
                        java.math.BigDecimal.valueOf(code.getValue())
                                .stripTrailingZeros()
                                .toPlainString()));
        codes.setValue(SourceFieldTexts.lines(table));
    }

    SourceMapping.Value value() {
        java.util.Map<String, Double> table = new java.util.LinkedHashMap<>();
        SourceFieldTexts.pairs(codes.getValue()).forEach((text, number) -> {
            try {
                table.put(text, Double.parseDouble(number));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException(getTranslation("data-source.value.codes.invalid", text, number));
            }
        });
        return new SourceMapping.Value(
                indicator.getValue() == null ? "" : indicator.getValue().code(),
                SourceFieldTexts.list(names.getValue()),
                scale.getValue() == null ? 1 : scale.getValue(),
                offset.getValue() == null ? 0 : offset.getValue(),
                table,
                combine.getValue(),
                city.getValue());
    }
}
