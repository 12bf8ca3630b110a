package kr.seoul.smartcity.directive.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * "지시하기 / Issue directive" for anything on screen (an alert, an incident, a district, a project, a document, a
 * proposal, a report in a briefing). Inject this bean into a view and ask it for the button with the thing's
 * reference and the departments to suggest; people who may not issue directives get none.
 */
@org.springframework.stereotype.Component
@NamedInterface("ui")
public class DirectiveButton {

    private final DirectiveService directives;
    private final DirectoryService directory;
    private final CurrentUser currentUser;

    DirectiveButton(DirectiveService directives, DirectoryService directory, CurrentUser currentUser) {
        this.directives = directives;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The button, or none for this visitor; {@code departments} are preselected, the first as the lead. */
    public Optional<Component> forContext(DirectiveContext context, List<String> departments) {
        Optional<Actor> actor = Actors.current(currentUser).filter(directives::mayIssue);
        return actor.map(issuer -> {
            Button button = new Button();
            button.setText(button.getTranslation("directive.issue"));
            button.setIcon(VaadinIcon.TASKS.create());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            button.addClassName("directive-issue");
            button.getElement().setAttribute("data-context", context.kind().name() + ":" + context.reference());
            button.addClickListener(click -> new DirectiveDialog(
                            directives,
                            directory,
                            issuer,
                            context,
                            departments.stream()
                                    .filter(code -> code != null && !code.isBlank())
                                    .toList())
                    .open());
            return button;
        });
    }
}
