package kr.seoul.smartcity.dashboard.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.dashboard.service.DashboardActor;

/**
 * The dashboard editor's "add a widget" row: the kind of widget, and for it the indicator and its form, the area,
 * or the text; a widget that asks for an indicator or an area is not added without one.
 */
class WidgetAdder extends Section {

    private final WidgetToolkit kit;
    private final Select<WidgetKind> kind = new Select<>();
    private final ComboBox<Indicator> indicator = new ComboBox<>();
    private final Select<IndicatorArea> area = new Select<>();
    private final Select<WidgetForm> form = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField textTitle = new TextField();
    private final TextArea text = new TextArea();

    /**
     * @param attempted runs first on every click of "add", whether the widget is added or not
     * @param added receives the new widget
     */
    WidgetAdder(WidgetToolkit kit, DashboardActor actor, Runnable attempted, Consumer<Widget> added) {
        this.kit = kit;
        kind.setLabel(getTranslation("dashboard.add.kind"));
        kind.setItems(WidgetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(WidgetKind.INDICATOR);
        kind.setId("add-kind");
        indicator.setLabel(getTranslation("dashboard.add.indicator"));
        indicator.setItems(kit.status.indicators(actor.viewer()));
        indicator.setItemLabelGenerator(
                i -> i.name(getLocale()) + " · " + getTranslation(i.disclosure().labelKey()));
        indicator.setId("add-indicator");
        indicator.setWidth("22em");
        // the whole catalogue goes to the browser, which filters as the administrator types
        indicator.setPageSize(500);
        area.setLabel(getTranslation("dashboard.add.area"));
        area.setItems(kit.status.areas(actor.viewer()));
        area.setItemLabelGenerator(a -> a.name(getLocale()));
        area.setVisible(false);
        area.setId("add-area");
        form.setLabel(getTranslation("dashboard.add.form"));
        form.setItems(WidgetForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setValue(WidgetForm.NUMBER);
        form.setId("add-form");
        language.setLabel(getTranslation("dashboard.add.language"));
        language.setItems("", "ko", "en");
        language.setItemLabelGenerator(code -> getTranslation("dashboard.language." + (code.isEmpty() ? "all" : code)));
        language.setValue("");
        language.setId("add-language");
        textTitle.setLabel(getTranslation("dashboard.add.text-title"));
        text.setLabel(getTranslation("dashboard.add.text"));
        textTitle.setVisible(false);
        text.setVisible(false);
        indicator.addValueChangeListener(change -> offerForms(change.getValue()));
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        Button add = new Button(getTranslation("dashboard.add"), VaadinIcon.PLUS.create(), click -> {
            attempted.run();
            if (complete()) {
                added.accept(widget());
            }
        });
        add.setId("add-widget");
        Div row = new Div(kind, indicator, area, form, language, textTitle, text, add);
        row.addClassNames("form-row", "editor-add");
        add(new H2(getTranslation("dashboard.add.title")), row);
        addClassName("editor-adder");
    }

    private void offerForms(Indicator chosen) {
        if (chosen != null) {
            List<WidgetForm> forms = WidgetForm.forIndicator(chosen.perDistrict(), chosen.warnAt() != null);
            form.setItems(forms);
            form.setValue(forms.getFirst());
        }
    }

    private void showFieldsFor(WidgetKind chosen) {
        indicator.setVisible(chosen == WidgetKind.INDICATOR);
        form.setVisible(chosen == WidgetKind.INDICATOR);
        area.setVisible(chosen == WidgetKind.AREA_TILES);
        textTitle.setVisible(chosen == WidgetKind.TEXT);
        text.setVisible(chosen == WidgetKind.TEXT);
    }

    /** Whether the chosen kind has what it needs; marks the field that is missing. */
    private boolean complete() {
        WidgetKind chosen = kind.getValue();
        if (chosen == WidgetKind.INDICATOR && indicator.getValue() == null) {
            indicator.setInvalid(true);
            indicator.setErrorMessage(getTranslation("dashboard.add.indicator.required"));
            return false;
        }
        if (chosen == WidgetKind.AREA_TILES && area.getValue() == null) {
            area.setInvalid(true);
            area.setErrorMessage(getTranslation("dashboard.add.area.required"));
            return false;
        }
        indicator.setInvalid(false);
        return true;
    }

    private Widget widget() {
        WidgetKind chosen = kind.getValue();
        boolean map = chosen == WidgetKind.INDICATOR && form.getValue() == WidgetForm.MAP;
        return new Widget(
                kit.dashboards.newWidgetId(),
                chosen,
                chosen == WidgetKind.INDICATOR ? indicator.getValue().code() : null,
                chosen == WidgetKind.AREA_TILES ? area.getValue().code() : null,
                chosen == WidgetKind.INDICATOR ? form.getValue() : WidgetForm.NUMBER,
                map ? 7 : 4,
                map ? 3 : 1,
                language.getValue().isEmpty() ? null : language.getValue(),
                chosen == WidgetKind.TEXT ? textTitle.getValue() : null,
                chosen == WidgetKind.TEXT ? textTitle.getValue() : null,
                chosen == WidgetKind.TEXT ? text.getValue() : null,
                chosen == WidgetKind.TEXT ? text.getValue() : null,
                null);
    }
}
