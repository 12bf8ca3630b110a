package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A button in the top bar that counts what waits for the person (open alerts, directives, missed calls) and opens
 * the screen that lists them. The count is shown next to the icon when there is something, said in the button's
 * accessible name, and kept in a data attribute and a class for the theme and the tests.
 */
public class TopBarBadge extends Composite<Button> {

    private final Names names;
    private final Span count = new Span();

    public TopBarBadge(VaadinIcon icon, Names names, Class<? extends Component> opens) {
        this.names = names;
        Button button = getContent();
        button.setIcon(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(names.id());
        count.addClassName(names.countClass());
        button.setSuffixComponent(count);
        button.addClickListener(click -> button.getUI().ifPresent(ui -> ui.navigate(opens)));
    }

    /**
     * Shows how many things wait.
     *
     * @param accessibleName what the button is called with the count, as a screen reader says it
     */
    public void show(int waiting, String accessibleName) {
        count.setText(waiting == 0 ? "" : String.valueOf(waiting));
        getContent().setAriaLabel(accessibleName);
        getContent().getElement().setAttribute(names.countAttribute(), String.valueOf(waiting));
        getContent().getElement().getClassList().set(names.waitingClass(), waiting > 0);
    }

    /** The element the count is shown in, for following live updates as long as it is on screen. */
    public Component count() {
        return count;
    }

    /**
     * What the theme and the tests know a badge by.
     *
     * @param id the button's id
     * @param countClass the class of the number next to the icon
     * @param countAttribute the data attribute holding the number
     * @param waitingClass the class the button has while something waits
     */
    public record Names(String id, String countClass, String countAttribute, String waitingClass) {}
}
