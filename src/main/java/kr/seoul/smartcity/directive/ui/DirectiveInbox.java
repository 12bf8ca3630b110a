package kr.seoul.smartcity.directive.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.TopBarBadge;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveStatus;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * The directive box in the top bar of every staff screen: for a department the directives it has not acknowledged
 * yet, for the mayor those reported done and waiting for acceptance; a notification the moment a new one arrives or a
 * reminder is sent, wherever the person is in the application.
 */
class DirectiveInbox extends Composite<TopBarBadge> {

    private final DirectiveService directives;
    private final Viewer viewer;
    private final TopBarBadge badge = new TopBarBadge(
            VaadinIcon.TASKS,
            new TopBarBadge.Names("directive-inbox", "directive-inbox-count", "data-waiting", "has-directives"),
            DirectivesView.class);
    private final Set<String> announced = new HashSet<>();

    DirectiveInbox(DirectiveService directives, LiveEventBus events, Viewer viewer) {
        this.directives = directives;
        this.viewer = viewer;
        List<Directive> waiting = waiting();
        waiting.forEach(d -> announced.add(d.id() + ":" + d.status()));
        show(waiting.size());
        LiveUpdates.follow(this, events, DirectiveChanged.TOPIC, this::changed);
    }

    @Override
    protected TopBarBadge initContent() {
        return badge;
    }

    private boolean mayor() {
        return viewer.role() == Role.MAYOR;
    }

    private List<Directive> waiting() {
        DirectiveStatus status = mayor() ? DirectiveStatus.REPORTED_DONE : DirectiveStatus.ISSUED;
        return directives.box(viewer).stream().filter(d -> d.status() == status).toList();
    }

    private void changed(DirectiveChanged changed) {
        boolean mine = mayor()
                || (viewer.departmentCode() != null && changed.departments().contains(viewer.departmentCode()));
        if (!mine) {
            return;
        }
        List<Directive> waiting = waiting();
        waiting.stream()
                .filter(d -> announced.add(d.id() + ":" + d.status()))
                .forEach(d -> announce(d, mayor() ? "directive.inbox.reported" : "directive.inbox.new"));
        if (!mayor() && "REMINDED".equals(changed.action())) {
            directives.directive(viewer, changed.directiveId()).ifPresent(d -> announce(d, "directive.inbox.reminder"));
        }
        show(waiting.size());
    }

    private void show(int waiting) {
        badge.show(waiting, getTranslation(mayor() ? "directive.inbox.mayor" : "directive.inbox.department", waiting));
    }

    private void announce(Directive directive, String key) {
        Anchor open = new Anchor("directives/" + directive.id(), getTranslation("directive.open"));
        open.getElement().setAttribute("router-link", true);
        Span text = new Span(getTranslation(key, directive.title()));
        text.addClassName("directive-toast-text");
        Div content = new Div(text, open);
        content.addClassName("directive-toast");
        Notification notification = new Notification(content);
        notification.addClassName("directive-notification");
        notification.addThemeVariants(NotificationVariant.LUMO_PRIMARY);
        notification.setPosition(Notification.Position.TOP_END);
        notification.setDuration(15000);
        notification.open();
    }
}
