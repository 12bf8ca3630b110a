package kr.seoul.smartcity.theme.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.theme.domain.ThemeItem;

/** One item of a theme being edited, in words, with buttons that move it up or down and remove it. */
class ThemeItemRow extends Div {

    /**
     * @param text the item in words
     * @param first whether it is the first item, which cannot move up
     * @param last whether it is the last item, which cannot move down
     */
    ThemeItemRow(
            ThemeItem item, String text, boolean first, boolean last, Runnable up, Runnable down, Runnable remove) {
        Span words = new Span(text);
        words.addClassName("theme-admin-item-text");
        Button upButton = tool(VaadinIcon.ARROW_UP, "theme.action.up", up);
        upButton.setEnabled(!first);
        Button downButton = tool(VaadinIcon.ARROW_DOWN, "theme.action.down", down);
        downButton.setEnabled(!last);
        Button removeButton = tool(VaadinIcon.TRASH, "theme.action.remove", remove);
        removeButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(words, upButton, downButton, removeButton);
        addClassName("theme-admin-item");
        getElement().setAttribute("data-kind", item.kind().name());
    }

    private Button tool(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.setAriaLabel(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
