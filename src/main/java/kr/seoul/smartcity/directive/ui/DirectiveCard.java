package kr.seoul.smartcity.directive.ui;

import java.time.Instant;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** One directive in a list: priority, title (opens it), departments, due time (overdue in red) and status. */
class DirectiveCard extends Composite<Div> {

    DirectiveCard(Directive directive, DirectoryService directory, Instant now) {
        Div card = getContent();
        card.addClassName("directive-card");
        boolean overdue = directive.overdue(now);
        card.getElement().getClassList().set("directive-overdue", overdue);
        card.getElement().setAttribute("data-directive-id", String.valueOf(directive.id()));
        card.getElement().setAttribute("data-status", directive.status().name());
        Anchor title = new Anchor("directives/" + directive.id(), directive.title());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("directive-card-title");
        Div head = new Div(
                DirectiveTexts.priorityBadge(this, directive), title, DirectiveTexts.statusBadge(this, directive));
        head.addClassName("directive-card-head");
        Span due = new Span(getTranslation(
                overdue ? "directive.overdue-since" : "directive.due",
                DirectiveTexts.time(directive.dueAt(), getLocale())));
        due.addClassName("directive-due");
        Span departments = new Span(DirectiveTexts.departments(directory, directive.departments(), getLocale()));
        departments.addClassName("directive-departments");
        Div meta = new Div(departments, due);
        if (directive.ownerName() != null) {
            Span owner = new Span(getTranslation("directive.owner", directive.ownerName()));
            owner.addClassName("directive-owner");
            meta.add(owner);
        }
        meta.addClassName("directive-card-meta");
        card.add(head, meta);
    }
}
