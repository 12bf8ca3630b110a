package kr.seoul.smartcity.approval.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.PublishedDocument;
import kr.seoul.smartcity.base.ui.PlainMarkdown;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** 원문공개: finally approved documents open to citizens; PUBLIC ones with their text, PARTIAL ones by title only. */
@Route("documents/:id?")
@AnonymousAllowed
@Menu(order = 3, title = "nav.documents", icon = "vaadin:archive")
public class PublishedDocumentsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectoryService directory;

    private final ApprovalService approval;

    PublishedDocumentsView(ApprovalService approval, DirectoryService directory) {
        this.directory = directory;
        this.approval = approval;
        addClassNames("page", "published-documents");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isPresent()) {
            Optional<PublishedDocument> doc = approval.publishedDocument(id.get());
            if (doc.isEmpty()) {
                add(new H1(getTranslation("approval.not-found")));
            } else {
                detail(doc.get());
            }
            return;
        }
        add(new H1(getTranslation("nav.documents")));
        Div list = new Div();
        list.setId("published-list");
        list.addClassName("approval-list");
        List<PublishedDocument> documents = approval.published(100);
        if (documents.isEmpty()) {
            list.add(new Paragraph(getTranslation("approval.box.empty")));
        }
        for (PublishedDocument doc : documents) {
            Anchor title = new Anchor("documents/" + doc.id(), doc.title());
            title.getElement().setAttribute("router-link", true);
            title.addClassName("approval-title");
            Div meta = new Div(
                    new Span(doc.number()),
                    new Span(ApprovalUi.department(directory, doc.departmentCode(), getLocale())),
                    new Span(getTranslation(doc.disclosure().labelKey())),
                    new Span(ApprovalUi.time(doc.approvedAt(), getLocale())));
            meta.addClassName("approval-meta");
            Div row = new Div(title, meta);
            row.addClassName("approval-row");
            list.add(row);
        }
        add(list);
    }

    private void detail(PublishedDocument doc) {
        H1 title = new H1(doc.title());
        title.setId("document-title");
        Div meta = new Div(
                new Span(doc.number()),
                new Span(ApprovalUi.department(directory, doc.departmentCode(), getLocale())),
                new Span(ApprovalUi.time(doc.approvedAt(), getLocale())));
        meta.addClassName("approval-meta");
        add(title, meta);
        if (doc.disclosure() == DisclosureLevel.PUBLIC && doc.body() != null) {
            Markdown body = PlainMarkdown.of(doc.body());
            body.addClassNames("approval-body", "card");
            add(body);
        } else {
            add(new Paragraph(getTranslation("approval.partial-note")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.documents") + " · " + getTranslation("app.title");
    }
}
