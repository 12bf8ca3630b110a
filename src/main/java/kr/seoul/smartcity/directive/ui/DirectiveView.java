package kr.seoul.smartcity.directive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.domain.Role;
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

    DirectiveView(
            DirectiveService directives, DirectoryService directory, CurrentUser currentUser, LiveEventBus events) {
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
        Div badges =
                new Div(DirectiveTexts.priorityBadge(this, directive), DirectiveTexts.statusBadge(this, directive));
        badges.addClassName("directive-badges");
        badges.setId("directive-badges");
        if (overdue) {
            Span flag = new Span(getTranslation("directive.overdue"));
            flag.addClassName("directive-overdue-flag");
            flag.setId("directive-overdue-flag");
            badges.add(flag);
        }
        DirectiveActions actions = new DirectiveActions(directives, actor, directive, this::refresh);
        content.add(
                back,
                title,
                badges,
                Card.grid(particulars(directive), Card.titled(getTranslation("directive.actions"), actions)),
                Card.titled(
                        getTranslation("directive.history"), new DirectiveHistory(directives, viewer, directiveId)));
    }

    private Component particulars(Directive directive) {
        Div facts = new Div();
        facts.addClassName("archive-meta");
        facts.setId("directive-facts");
        fact(
                facts,
                "directive.field.departments",
                new Span(DirectiveTexts.departments(directory, directive.departments(), getLocale())));
        fact(facts, "directive.field.due", new Span(DirectiveTexts.time(directive.dueAt(), getLocale())));
        fact(
                facts,
                "directive.issued-by",
                new Span(directive.issuedByName() + " · " + DirectiveTexts.time(directive.issuedAt(), getLocale())));
        fact(
                facts,
                "directive.field.owner",
                new Span(
                        directive.ownerName() == null
                                ? getTranslation("directive.owner.none")
                                : directive.ownerName()));
        fact(
                facts,
                "directive.disclosure",
                new Span(getTranslation(directive.disclosure().labelKey())));
        if (directive.context() != null) {
            Anchor from = new Anchor(
                    directive.context().route(),
                    getTranslation(directive.context().kind().labelKey()) + " · "
                            + directive.context().title());
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

    private void fact(Div facts, String key, Component value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("archive-meta-label");
        facts.add(label, value);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.title");
    }
}
