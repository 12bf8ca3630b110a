package kr.seoul.smartcity.dashboard.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;

/**
 * An indicator widget's title and, unless the widget is shown compact, the choice among the forms that suit the
 * indicator (where there is more than one) and the menu (⋯).
 */
class WidgetHeader extends Div {

    /**
     * @param forms the forms the reader may choose among
     * @param shown the form shown first
     * @param chosen called with the form the reader chooses
     * @param menu opens the widget's menu
     */
    WidgetHeader(
            String title,
            boolean compact,
            List<WidgetForm> forms,
            WidgetForm shown,
            Consumer<WidgetForm> chosen,
            Runnable menu) {
        H2 heading = new H2(title);
        heading.addClassName("widget-title");
        add(heading);
        addClassName("widget-header");
        if (!compact && forms.size() > 1) {
            Select<WidgetForm> switcher = new Select<>();
            switcher.setItems(forms);
            switcher.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
            switcher.setValue(forms.contains(shown) ? shown : forms.getFirst());
            switcher.setAriaLabel(getTranslation("widget.form", title));
            switcher.addClassName("widget-form");
            switcher.addValueChangeListener(change -> chosen.accept(change.getValue()));
            add(switcher);
        }
        if (!compact) {
            Button button = new Button(VaadinIcon.ELLIPSIS_DOTS_H.create(), click -> menu.run());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            button.setAriaLabel(getTranslation("widget.menu", title));
            button.addClassName("widget-menu");
            add(button);
        }
    }
}
