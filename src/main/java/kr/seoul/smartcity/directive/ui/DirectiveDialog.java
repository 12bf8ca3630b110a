package kr.seoul.smartcity.directive.ui;

import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.domain.Priority;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * 지시하기: what, to which departments (the first chosen leads), by when and how urgently, with the thing on screen
 * it came from. A refused directive keeps everything written and says what to fix.
 */
class DirectiveDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final MultiSelectComboBox<Department> departments = new MultiSelectComboBox<>();
    private final DateTimePicker due = new DateTimePicker();
    private final Select<Priority> priority = new Select<>();

    DirectiveDialog(
            DirectiveService service,
            DirectoryService directory,
            Actor actor,
            DirectiveContext context,
            List<String> suggested) {
        addClassName("directive-dialog");
        setHeaderTitle(getTranslation("directive.issue"));
        Span from = new Span(
                getTranslation("directive.from", getTranslation(context.kind().labelKey()), context.title()));
        from.addClassName("directive-from");
        from.setId("directive-from");
        setUpText();
        setUpDepartments(directory.departments(), suggested);
        Div row = new Div(due(service), priority());
        row.addClassName("directive-dialog-row");
        Div form = new Div(from, title, body, departments, row);
        form.addClassName("directive-form");
        add(form);

        Button cancel = new Button(getTranslation("directive.cancel"), click -> close());
        Button issue = new Button(
                getTranslation("directive.issue.confirm"), click -> issue(service, actor, context, suggested));
        issue.setId("directive-issue-confirm");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, issue);
    }

    private void setUpText() {
        title.setLabel(getTranslation("directive.field.title"));
        title.setId("directive-title");
        title.setMaxLength(DirectiveLimits.MAX_TITLE);
        title.setWidthFull();
        title.setRequired(true);
        body.setLabel(getTranslation("directive.field.body"));
        body.setId("directive-body");
        body.setMaxLength(DirectiveLimits.MAX_BODY);
        body.setWidthFull();
    }

    /** Every department to choose from, the suggested ones chosen. */
    private void setUpDepartments(List<Department> all, List<String> suggested) {
        departments.setLabel(getTranslation("directive.field.departments"));
        departments.setId("directive-departments");
        departments.setItems(all);
        departments.setItemLabelGenerator(d -> d.name(getLocale()));
        departments.setWidthFull();
        LinkedHashSet<Department> chosen = new LinkedHashSet<>();
        suggested.forEach(code ->
                all.stream().filter(d -> d.code().equals(code)).findFirst().ifPresent(chosen::add));
        departments.setValue(chosen);
    }

    /** Due in three days at six in the evening unless changed. */
    private DateTimePicker due(DirectiveService service) {
        due.setLabel(getTranslation("directive.field.due"));
        due.setId("directive-due");
        due.setLocale(getLocale());
        due.setValue(
                service.now().atZone(Seoul.ZONE).toLocalDateTime().plusDays(3).with(LocalTime.of(18, 0)));
        return due;
    }

    private Select<Priority> priority() {
        priority.setLabel(getTranslation("directive.field.priority"));
        priority.setId("directive-priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        priority.setValue(Priority.HIGH);
        return priority;
    }

    private void issue(DirectiveService service, Actor actor, DirectiveContext context, List<String> suggested) {
        try {
            List<String> codes = departments.getSelectedItems().stream()
                    .map(Department::code)
                    .toList();
            // keep the suggested lead department first when it is still chosen
            List<String> ordered = new java.util.ArrayList<>(
                    suggested.stream().filter(codes::contains).toList());
            codes.stream().filter(code -> !ordered.contains(code)).forEach(ordered::add);
            Directive issued = service.issue(
                    actor,
                    new NewDirective(
                            title.getValue(),
                            body.getValue(),
                            ordered,
                            due.getValue() == null
                                    ? null
                                    : due.getValue().atZone(Seoul.ZONE).toInstant(),
                            priority.getValue(),
                            context));
            close();
            announce(issued);
        } catch (InvalidDirectiveException invalid) {
            title.setInvalid(invalid.problems().contains("directive.problem.title"));
            departments.setInvalid(invalid.problems().contains("directive.problem.departments"));
            due.setInvalid(invalid.problems().contains("directive.problem.due"));
            error(DirectiveProblems.inWords(invalid, this::getTranslation));
        } catch (DirectiveRefusedException refused) {
            error(getTranslation(refused.messageKey()));
        }
    }

    /** Starts the title with words given elsewhere (a spoken directive), cut to what the title holds. */
    void writeTitle(String words) {
        String text = words.strip();
        title.setValue(text.length() > DirectiveLimits.MAX_TITLE ? text.substring(0, DirectiveLimits.MAX_TITLE) : text);
    }

    private void announce(Directive issued) {
        Anchor open = new Anchor("directives/" + issued.id(), getTranslation("directive.open"));
        open.getElement().setAttribute("router-link", true);
        Div content = new Div(new Span(getTranslation("directive.issued", issued.title())), open);
        content.addClassName("directive-toast");
        Notification notification = new Notification(content);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.TOP_END);
        notification.open();
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
