package kr.seoul.smartcity.directive.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.AttachmentInfo;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveAction;
import kr.seoul.smartcity.directive.domain.DirectiveEvent;
import kr.seoul.smartcity.directive.domain.DirectiveLimits;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.InvalidDirectiveException;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.domain.StaffMember;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * One directive: what, to whom, by when, where it came from; the steps the signed-in person may take now; and its
 * history, every step with who and when. Follows the directive live.
 */
@Route("directives/:id")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class DirectiveView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectiveService directives;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final Actor actor;
    private final Div content = new Div();
    private long directiveId;
    private String pageTitle = "";

    DirectiveView(DirectiveService directives, DirectoryService directory, CurrentUser currentUser,
                  LiveEventBus events) {
        this.directives = directives;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        this.actor = Actors.current(currentUser).orElseThrow();
        addClassNames("page", "directive-view");
        content.setId("directive");
        add(content);
        LiveUpdates.follow(this, events, DirectiveChanged.TOPIC, changed -> {
            if (changed.directiveId() == directiveId) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        directiveId = event.getRouteParameters().getLong("id").orElse(-1L);
        if (directives.directive(viewer, directiveId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        refresh();
    }

    private void refresh() {
        directives.directive(viewer, directiveId).ifPresent(this::show);
    }

    private void show(Directive directive) {
        pageTitle = directive.title();
        content.removeAll();
        content.getElement().setAttribute("data-status", directive.status().name());
        boolean overdue = directive.overdue(directives.now());
        content.getElement().getClassList().set("directive-overdue", overdue);
        Anchor back = new Anchor("directives", getTranslation("directive.back"));
        back.getElement().setAttribute("router-link", true);
        back.addClassName("back-link");
        H1 title = new H1(directive.title());
        title.setId("directive-title-shown");
        Div badges = new Div(DirectiveTexts.priorityBadge(this, directive), DirectiveTexts.statusBadge(this, directive));
        badges.addClassName("directive-badges");
        badges.setId("directive-badges");
        if (overdue) {
            Span flag = new Span(getTranslation("directive.overdue"));
            flag.addClassName("directive-overdue-flag");
            flag.setId("directive-overdue-flag");
            badges.add(flag);
        }
        content.add(back, title, badges, Card.grid(particulars(directive), actions(directive)),
                Card.titled(getTranslation("directive.history"), history()));
    }

    private Component particulars(Directive directive) {
        Div facts = new Div();
        facts.addClassName("archive-meta");
        facts.setId("directive-facts");
        fact(facts, "directive.field.departments", new Span(DirectiveTexts.departments(directory,
                directive.departments(), getLocale())));
        fact(facts, "directive.field.due", new Span(DirectiveTexts.time(directive.dueAt(), getLocale())));
        fact(facts, "directive.issued-by", new Span(directive.issuedByName() + " · "
                + DirectiveTexts.time(directive.issuedAt(), getLocale())));
        fact(facts, "directive.field.owner", new Span(directive.ownerName() == null
                ? getTranslation("directive.owner.none") : directive.ownerName()));
        fact(facts, "directive.disclosure", new Span(getTranslation(directive.disclosure().labelKey())));
        if (directive.context() != null) {
            Anchor from = new Anchor(directive.context().route(), getTranslation(directive.context().kind().labelKey())
                    + " · " + directive.context().title());
            from.getElement().setAttribute("router-link", true);
            from.setId("directive-context");
            fact(facts, "directive.context", from);
        }
        Section card = new Section(facts);
        if (!directive.body().isBlank()) {
            Paragraph body = new Paragraph(directive.body());
            body.addClassName("directive-body-text");
            card.add(body);
        }
        if (directive.result() != null) {
            Paragraph result = new Paragraph(directive.result());
            result.addClassName("directive-result");
            result.setId("directive-result");
            card.add(new Span(getTranslation("directive.result")), result);
        }
        return Card.titled(getTranslation("directive.particulars"), card.content());
    }

    /** A small holder so that particulars can be built up before going into their card. */
    private static final class Section {
        private final Div content;

        Section(Component first) {
            content = new Div(first);
        }

        void add(Component... more) {
            content.add(more);
        }

        Div content() {
            return content;
        }
    }

    private Component actions(Directive directive) {
        Set<DirectiveAction> allowed = directive.allowed(actor);
        Div actions = new Div();
        actions.setId("directive-actions");
        actions.addClassName("directive-actions");
        if (allowed.isEmpty()) {
            actions.add(new Paragraph(getTranslation("directive.actions.none")));
            return Card.titled(getTranslation("directive.actions"), actions);
        }
        if (allowed.contains(DirectiveAction.ACKNOWLEDGED)) {
            actions.add(button("directive-acknowledge", "directive.acknowledge", true,
                    () -> directives.acknowledge(actor, directive.id())));
        }
        if (allowed.contains(DirectiveAction.ASSIGNED)) {
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
            actions.add(row);
        }
        boolean worker = allowed.contains(DirectiveAction.PROGRESS) || allowed.contains(DirectiveAction.REPORTED_DONE);
        boolean issuer = allowed.contains(DirectiveAction.ACCEPTED) || allowed.contains(DirectiveAction.SENT_BACK);
        if (worker || issuer) {
            TextArea note = new TextArea(getTranslation(worker ? "directive.field.note" : "directive.field.review"));
            note.setId("directive-note");
            note.setMaxLength(DirectiveLimits.MAX_NOTE);
            note.setWidthFull();
            actions.add(note);
            if (worker) {
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
                actions.add(link, files);
                Div buttons = new Div();
                buttons.addClassName("directive-action-row");
                if (allowed.contains(DirectiveAction.PROGRESS)) {
                    buttons.add(button("directive-progress", "directive.post-progress", false,
                            () -> directives.progress(actor, directive.id(), note.getValue(), linkKind.getValue(),
                                    linkRef.getValue(), files.files())));
                }
                if (allowed.contains(DirectiveAction.REPORTED_DONE)) {
                    buttons.add(button("directive-report-done", "directive.report-done", true,
                            () -> directives.reportDone(actor, directive.id(), note.getValue(), files.files())));
                }
                actions.add(buttons);
            } else {
                Div buttons = new Div();
                buttons.addClassName("directive-action-row");
                if (allowed.contains(DirectiveAction.ACCEPTED)) {
                    buttons.add(button("directive-accept", "directive.accept", true,
                            () -> directives.accept(actor, directive.id(), note.getValue())));
                }
                if (allowed.contains(DirectiveAction.SENT_BACK)) {
                    buttons.add(button("directive-send-back", "directive.send-back", false,
                            () -> directives.sendBack(actor, directive.id(), note.getValue())));
                }
                actions.add(buttons);
            }
        }
        if (allowed.contains(DirectiveAction.PUBLISHED)) {
            Paragraph explain = new Paragraph(getTranslation("directive.publish.explain"));
            explain.addClassName("directive-help");
            actions.add(explain, button("directive-publish", "directive.publish", false,
                    () -> directives.publish(actor, directive.id())));
        }
        if (allowed.contains(DirectiveAction.UNPUBLISHED)) {
            Paragraph explain = new Paragraph(getTranslation("directive.unpublish.explain"));
            explain.addClassName("directive-help");
            actions.add(explain, button("directive-unpublish", "directive.unpublish", false,
                    () -> directives.unpublish(actor, directive.id())));
        }
        return Card.titled(getTranslation("directive.actions"), actions);
    }

    private Button button(String id, String labelKey, boolean primary, java.util.function.Supplier<Directive> step) {
        Button button = new Button(getTranslation(labelKey), click -> {
            try {
                step.get();
                refresh();
            } catch (InvalidDirectiveException invalid) {
                error(invalid.problems().stream().map(this::getTranslation).reduce((a, b) -> a + " " + b).orElse(""));
            } catch (DirectiveRefusedException refused) {
                error(getTranslation(refused.messageKey()));
                refresh();
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

    private Div history() {
        Div list = new Div();
        list.setId("directive-history");
        list.addClassName("directive-history");
        for (DirectiveEvent event : directives.history(viewer, directiveId)) {
            Div entry = new Div();
            entry.addClassNames("directive-event", "directive-event-" + event.action().name().toLowerCase());
            entry.getElement().setAttribute("data-action", event.action().name());
            Span what = new Span(getTranslation(event.action().labelKey()));
            what.addClassName("directive-event-action");
            Span who = new Span(event.actorName() + " · " + DirectiveTexts.time(event.at(), getLocale()));
            who.addClassName("directive-event-who");
            Div head = new Div(what, who);
            head.addClassName("directive-event-head");
            entry.add(head);
            String note = event.action() == DirectiveAction.REMINDED ? getTranslation("directive.reminded-note")
                    : event.note();
            if (!note.isBlank()) {
                Paragraph text = new Paragraph(note);
                text.addClassName("directive-event-note");
                entry.add(text);
            }
            if (event.linkKind() != null && event.linkRef() != null) {
                Anchor link = new Anchor(event.linkKind().route(event.linkRef()),
                        getTranslation(event.linkKind().labelKey()) + " #"
                                + event.linkRef());
                link.getElement().setAttribute("router-link", true);
                link.addClassName("directive-event-link");
                entry.add(new Div(link));
            }
            for (AttachmentInfo file : event.attachments()) {
                Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> directives
                        .attachment(viewer, directiveId, file.id())
                        .map(stored -> new DownloadResponse(new ByteArrayInputStream(stored.content()),
                                stored.fileName(), stored.contentType(), stored.content().length))
                        .orElseGet(() -> DownloadResponse.error(404))), file.fileName() + " (" + file.size() + " B)");
                download.addClassName("directive-event-file");
                entry.add(new Div(download));
            }
            list.addComponentAsFirst(entry);
        }
        return list;
    }

    private void fact(Div facts, String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("archive-meta-label");
        facts.add(label, value);
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
