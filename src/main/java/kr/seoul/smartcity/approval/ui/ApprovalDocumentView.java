package kr.seoul.smartcity.approval.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.DocumentContent;
import kr.seoul.smartcity.approval.service.ApprovalChanged;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.approval.service.VersionComparison;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.base.ui.PlainMarkdown;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One document: particulars, body, the approval line as signature boxes, attachments and the actions the service
 * allows now. Every action names the revision this page showed; the page follows changes live.
 */
@Route("approval/document/:id")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class ApprovalDocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectoryService directory;

    private final ApprovalService approval;
    private final String username;
    private final Div content = new Div();
    // kept across redraws, so that the focus can be put on it after an action and the live redraw that follows it
    // does not take it away
    private final H1 title = new H1();
    private final Div heading = new Div(title);
    private Span status = new Span();
    private final ObjectProvider<DocumentPanelContributor> contributors;
    private long documentId;
    private DocumentView shown;
    private List<Component> panels = List.of();
    private long panelsFor = -1;

    ApprovalDocumentView(
            ApprovalService approval,
            CurrentUser currentUser,
            LiveEventBus events,
            DirectoryService directory,
            ObjectProvider<DocumentPanelContributor> contributors) {
        this.contributors = contributors;
        this.directory = directory;
        this.approval = approval;
        this.username = currentUser.get().orElseThrow().getUsername();
        addClassNames("page", "approval-document");
        content.setId("approval-document");
        title.setId("document-title");
        title.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("approval-heading");
        add(heading, content);
        LiveUpdates.follow(this, events, ApprovalChanged.TOPIC, changed -> {
            if (changed.documentId() == documentId) {
                refresh();
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().getLong("id").orElse(-1L);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        heading.remove(status);
        Optional<DocumentView> found = approval.find(username, documentId);
        if (found.isEmpty()) {
            shown = null;
            title.setText(getTranslation("approval.not-found"));
            return;
        }
        shown = found.get();
        ApprovalDocument doc = shown.document();
        title.setText(doc.title());
        status = ApprovalUi.status(this, doc.status());
        heading.add(status);
        content.add(
                new ActionBar(approval, username, shown, this::afterAction),
                new SignatureLine(shown, directory),
                new DocumentParticulars(shown, directory));
        Markdown body = PlainMarkdown.of(doc.body());
        body.addClassName("approval-body");
        content.add(Card.titled(getTranslation("approval.body"), body));
        if (panelsFor != documentId) {
            panelsFor = documentId;
            panels = contributors
                    .orderedStream()
                    .flatMap(contributor -> contributor.documentPanel("approval", documentId).stream())
                    .toList();
        }
        panels.forEach(content::add);
        if (!shown.attachments().isEmpty()) {
            content.add(attachments());
        }
        if (doc.version() > 1) {
            content.add(versions(doc));
        }
    }

    /**
     * An action redraws the page and takes away the button that had the focus (and that a dialog gives the focus back
     * to): the focus goes to the document's heading, beside its new status, instead of to the page.
     */
    private void afterAction() {
        refresh();
        title.getElement().executeJs("this.focus()");
    }

    private Div attachments() {
        Div files = new Div();
        files.addClassName("approval-attachments");
        for (AttachmentInfo info : shown.attachments()) {
            Anchor link = new Anchor(
                    DownloadHandler.fromInputStream(download -> approval.attachmentContent(username, info.id())
                            .map(bytes -> new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    info.filename(),
                                    "application/octet-stream",
                                    bytes.length))
                            .orElseGet(() -> DownloadResponse.error(404))),
                    info.filename() + " (" + info.size() + " B)");
            link.addClassName("approval-attachment");
            files.add(new Div(link));
        }
        return (Div) wrap(getTranslation("approval.attachments"), files);
    }

    private Div versions(ApprovalDocument doc) {
        VersionComparison comparison = approval.compareVersions(username, documentId, doc.version() - 1, doc.version());
        Div sides = new Div(side(comparison.left()), side(comparison.right()));
        sides.addClassName("version-compare");
        sides.setId("version-compare");
        return wrap(getTranslation("approval.versions"), sides);
    }

    private Div side(DocumentContent version) {
        Span label = new Span(getTranslation("approval.version", version.version()));
        label.addClassName("version-label");
        Paragraph title = new Paragraph(version.title());
        title.addClassName("version-title");
        Markdown body = PlainMarkdown.of(version.body());
        Div side = new Div(label, title, body);
        side.addClassName("version-side");
        return side;
    }

    private static Div wrap(String heading, Div inner) {
        Div card = new Div(new H2(heading), inner);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return (shown == null
                        ? getTranslation("nav.approval")
                        : shown.document().title()) + " · " + getTranslation("app.title");
    }
}
