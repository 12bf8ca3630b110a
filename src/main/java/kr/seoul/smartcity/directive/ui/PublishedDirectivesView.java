package kr.seoul.smartcity.directive.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * The directives the mayor made public (시장 지시사항 공개), for citizens: what was asked of which departments, when
 * and by when, where it stands and what came of it. A directive appears here the moment the mayor publishes it.
 */
@Route("public-directives")
@AnonymousAllowed
@Menu(order = 3.5, title = "nav.directives.public", icon = "vaadin:megaphone")
public class PublishedDirectivesView extends Main implements HasDynamicTitle {

    private static final int SHOWN = 50;

    private final DirectiveService directives;
    private final DirectoryService directory;
    private final Div list = new Div();

    PublishedDirectivesView(DirectiveService directives, DirectoryService directory, LiveEventBus events) {
        this.directives = directives;
        this.directory = directory;
        addClassNames("page", "published-directives");
        Paragraph lead = new Paragraph(getTranslation("directive.public.lead"));
        lead.addClassName("page-lead");
        list.setId("published-directives");
        add(new H1(getTranslation("nav.directives.public")), lead, list);
        refresh();
        LiveUpdates.follow(this, events, DirectiveChanged.TOPIC, changed -> refresh());
    }

    private void refresh() {
        list.removeAll();
        var published = directives.published(SHOWN);
        if (published.isEmpty()) {
            list.add(new Paragraph(getTranslation("directive.none")));
        }
        published.forEach(directive -> list.add(card(directive)));
    }

    private Div card(Directive directive) {
        H2 title = new H2(directive.title());
        title.addClassName("published-directive-title");
        Div meta = new Div(
                DirectiveTexts.statusBadge(this, directive),
                new Span(DirectiveTexts.departments(directory, directive.departments(), getLocale())),
                new Span(getTranslation(
                        "directive.public.issued", DirectiveTexts.time(directive.issuedAt(), getLocale()))),
                new Span(getTranslation("directive.due", DirectiveTexts.time(directive.dueAt(), getLocale()))));
        meta.addClassName("published-directive-meta");
        Div card = new Div(title, meta);
        card.addClassNames("card", "published-directive");
        card.getElement().setAttribute("data-directive-id", String.valueOf(directive.id()));
        if (!directive.body().isBlank()) {
            card.add(new Paragraph(directive.body()));
        }
        if (directive.result() != null && !directive.result().isBlank()) {
            Span label = new Span(getTranslation("directive.result"));
            label.addClassName("published-directive-label");
            Paragraph result = new Paragraph(directive.result());
            result.addClassName("published-directive-result");
            card.add(label, result);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directives.public") + " · " + getTranslation("app.title");
    }
}
