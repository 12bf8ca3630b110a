package kr.seoul.smartcity.directive.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveAction;
import kr.seoul.smartcity.directive.domain.DirectiveEvent;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directory.domain.StaffMember;

/**
 * What the person may do with a directive now, and nothing else: acknowledge it, assign an owner, post progress or
 * report it done (with a note, a linked document and files), accept or send back a report, publish or withdraw it.
 * A refused step is explained and the directive shown again as it now stands.
 */
class DirectiveActions extends Div {

    private final DirectiveService directives;
    private final Actor actor;
    private final Directive directive;
    private final Runnable refresh;

    DirectiveActions(DirectiveService directives, Actor actor, Directive directive, Runnable refresh) {
        this.directives = directives;
        this.actor = actor;
        this.directive = directive;
        this.refresh = refresh;
        Set<DirectiveAction> allowed = directive.allowed(actor);
        setId("directive-actions");
        addClassName("directive-actions");
        if (allowed.isEmpty()) {
            add(new Paragraph(getTranslation("directive.actions.none")));
            return;
        }
        if (allowed.contains(DirectiveAction.ACKNOWLEDGED)) {
            add(button(
                    "directive-acknowledge",
                    "directive.acknowledge",
                    true,
                    () -> directives.acknowledge(actor, directive.id())));
        }
        if (allowed.contains(DirectiveAction.ASSIGNED)) {
            addAssignment();
        }
        addNoteActions(allowed);
        if (allowed.contains(DirectiveAction.PUBLISHED)) {
            addExplained(
                    "directive.publish.explain",
                    button(
                            "directive-publish",
                            "directive.publish",
                            false,
                            () -> directives.publish(actor, directive.id())));
        }
        if (allowed.contains(DirectiveAction.UNPUBLISHED)) {
            addExplained(
                    "directive.unpublish.explain",
                    button(
                            "directive-unpublish",
                            "directive.unpublish",
                            false,
                            () -> directives.unpublish(actor, directive.id())));
        }
    }

    /** Reporting progress or done (those who work on it), accepting or sending back (its issuer), with a note. */
    private void addNoteActions(Set<DirectiveAction> allowed) {
        boolean worker = allowed.contains(DirectiveAction.PROGRESS) || allowed.contains(DirectiveAction.REPORTED_DONE);
        boolean issuer = allowed.contains(DirectiveAction.ACCEPTED) || allowed.contains(DirectiveAction.SENT_BACK);
        if (!worker && !issuer) {
            return;
        }
        TextArea note = new TextArea(getTranslation(worker ? "directive.field.note" : "directive.field.review"));
        note.setId("directive-note");
        note.setMaxLength(DirectiveLimits.MAX_NOTE);
        note.setWidthFull();
        add(note);
        if (worker) {
            addReporting(allowed, note);
        } else {
            addReview(allowed, note);
        }
    }

    private void addAssignment() {
        ComboBox<StaffMember> owner = new ComboBox<>(getTranslation("directive.field.owner"));
        owner.setId("directive-owner");
        owner.setItems(directives.possibleOwners(directive));
        owner.setItemLabelGenerator(member -> member.displayName() + " · " + member.rankTitle());
        Button assign = button("directive-assign", "directive.assign", false, () -> {
            if (owner.getValue() == null) {
                throw new InvalidDirectiveException(List.of("directive.problem.owner"));
            }
            return directives.assign(actor, directive.id(), owner.getValue().username());
        });
        Div row = new Div(owner, assign);
        row.addClassName("directive-action-row");
        add(row);
    }

    /** Progress (with a linked document and files) and the report that it is done. */
    private void addReporting(Set<DirectiveAction> allowed, TextArea note) {
        Select<DirectiveEvent.LinkKind> linkKind = new Select<>();
        linkKind.setLabel(getTranslation("directive.field.link"));
        linkKind.setItems(DirectiveEvent.LinkKind.values());
        linkKind.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        linkKind.setValue(DirectiveEvent.LinkKind.APPROVAL);
        linkKind.setId("directive-link-kind");
        TextField linkRef = new TextField(getTranslation("directive.field.link-number"));
        linkRef.setId("directive-link-ref");
        linkRef.setAllowedCharPattern("[0-9]");
        Div link = new Div(linkKind, linkRef);
        link.addClassName("directive-action-row");
        PendingFiles files = new PendingFiles("directive-upload");
        add(link, files);
        Div buttons = new Div();
        buttons.addClassName("directive-action-row");
        if (allowed.contains(DirectiveAction.PROGRESS)) {
            buttons.add(button(
                    "directive-progress",
                    "directive.post-progress",
                    false,
                    () -> directives.progress(
                            actor,
                            directive.id(),
                            note.getValue(),
                            linkKind.getValue(),
                            linkRef.getValue(),
                            files.files())));
        }
        if (allowed.contains(DirectiveAction.REPORTED_DONE)) {
            buttons.add(button(
                    "directive-report-done",
                    "directive.report-done",
                    true,
                    () -> directives.reportDone(actor, directive.id(), note.getValue(), files.files())));
        }
        add(buttons);
    }

    /** The issuer's review of a report: accept it or send it back. */
    private void addReview(Set<DirectiveAction> allowed, TextArea note) {
        Div buttons = new Div();
        buttons.addClassName("directive-action-row");
        if (allowed.contains(DirectiveAction.ACCEPTED)) {
            buttons.add(button(
                    "directive-accept",
                    "directive.accept",
                    true,
                    () -> directives.accept(actor, directive.id(), note.getValue())));
        }
        if (allowed.contains(DirectiveAction.SENT_BACK)) {
            buttons.add(button(
                    "directive-send-back",
                    "directive.send-back",
                    false,
                    () -> directives.sendBack(actor, directive.id(), note.getValue())));
        }
        add(buttons);
    }

    private void addExplained(String explanationKey, Button button) {
        Paragraph explain = new Paragraph(getTranslation(explanationKey));
        explain.addClassName("directive-help");
        add(explain, button);
    }

    private Button button(String id, String labelKey, boolean primary, java.util.function.Supplier<Directive> step) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                step.get();
                refresh.run();
            } catch (InvalidDirectiveException invalid) {
                error(DirectiveProblems.inWords(invalid, this::getTranslation));
            } catch (DirectiveRefusedException refused) {
                error(getTranslation(refused.messageKey()));
                refresh.run();
            } catch (InvalidAttachmentException refused) {
                error(getTranslation(refused.messageKey()));
            }
        });
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
