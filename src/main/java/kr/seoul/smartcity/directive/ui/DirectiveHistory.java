package kr.seoul.smartcity.directive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.directive.domain.AttachmentInfo;
import kr.seoul.smartcity.directive.domain.DirectiveAction;
import kr.seoul.smartcity.directive.domain.DirectiveEvent;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * A directive's history, newest first: each step with who took it and when, its note, the document it links and
 * the files attached, which download only for those who may see the directive.
 */
class DirectiveHistory extends Div {

    private final DirectiveService directives;
    private final Viewer viewer;
    private final long directiveId;

    DirectiveHistory(DirectiveService directives, Viewer viewer, long directiveId) {
        this.directives = directives;
        this.viewer = viewer;
        this.directiveId = directiveId;
        setId("directive-history");
        addClassName("directive-history");
        for (DirectiveEvent event : directives.history(viewer, directiveId)) {
            addComponentAsFirst(entry(event));
        }
    }

    private Div entry(DirectiveEvent event) {
        Div entry = new Div();
        entry.addClassNames(
                "directive-event", "directive-event-" + event.action().name().toLowerCase());
        entry.getElement().setAttribute("data-action", event.action().name());
        Span what = new Span(getTranslation(event.action().labelKey()));
        what.addClassName("directive-event-action");
        Span who = new Span(event.actorName() + " · " + DirectiveTexts.time(event.at(), getLocale()));
        who.addClassName("directive-event-who");
        Div head = new Div(what, who);
        head.addClassName("directive-event-head");
        entry.add(head);
        String note =
                event.action() == DirectiveAction.REMINDED ? getTranslation("directive.reminded-note") : event.note();
        if (!note.isBlank()) {
            Paragraph text = new Paragraph(note);
            text.addClassName("directive-event-note");
            entry.add(text);
        }
        if (event.linkKind() != null && event.linkRef() != null) {
            Anchor link = new Anchor(
                    event.linkKind().route(event.linkRef()),
                    getTranslation(event.linkKind().labelKey()) + " #" + event.linkRef());
            link.getElement().setAttribute("router-link", true);
            link.addClassName("directive-event-link");
            entry.add(new Div(link));
        }
        for (AttachmentInfo file : event.attachments()) {
            Anchor download = AttachmentLink.of(file, () -> directives.attachment(viewer, directiveId, file.id()));
            download.addClassName("directive-event-file");
            entry.add(new Div(download));
        }
        return entry;
    }
}
