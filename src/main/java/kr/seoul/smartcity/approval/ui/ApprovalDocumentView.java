package kr.seoul.smartcity.approval.ui;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentContent;
import kr.seoul.smartcity.approval.domain.StepState;
import kr.seoul.smartcity.approval.service.ApprovalChanged;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.approval.service.VersionComparison;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.PlainMarkdown;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.Component;
import java.util.List;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

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
    private final ObjectProvider<DocumentPanelContributor> contributors;
    private long documentId;
    private DocumentView shown;
    private List<Component> panels = List.of();
    private long panelsFor = -1;

    ApprovalDocumentView(ApprovalService approval, CurrentUser currentUser, LiveEventBus events,
                         DirectoryService directory, ObjectProvider<DocumentPanelContributor> contributors) {
        this.contributors = contributors;
        this.directory = directory;
        this.approval = approval;
        this.username = currentUser.get().orElseThrow().getUsername();
        addClassNames("page", "approval-document");
        content.setId("approval-document");
        add(content);
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
        Optional<DocumentView> found = approval.find(username, documentId);
        if (found.isEmpty()) {
            shown = null;
            content.add(new H1(getTranslation("approval.not-found")));
            return;
        }
        shown = found.get();
        ApprovalDocument doc = shown.document();
        H1 title = new H1(doc.title());
        title.setId("document-title");
        Div heading = new Div(title, ApprovalUi.status(this, doc.status()));
        heading.addClassName("approval-heading");
        content.add(heading, actions(), line(), particulars(doc));
        Markdown body = PlainMarkdown.of(doc.body());
        body.addClassName("approval-body");
        content.add(Card.titled(getTranslation("approval.body"), body));
        if (panelsFor != documentId) {
            panelsFor = documentId;
            panels = contributors.orderedStream().flatMap(contributor ->
                    contributor.documentPanel("approval", documentId).stream()).toList();
        }
        panels.forEach(content::add);
        if (!shown.attachments().isEmpty()) {
            content.add(attachments());
        }
        if (doc.version() > 1) {
            content.add(versions(doc));
        }
    }

    private Div particulars(ApprovalDocument doc) {
        Div list = new Div();
        list.addClassName("approval-particulars");
        field(list, "approval.field.number", doc.number() == null ? getTranslation("approval.no-number") : doc.number());
        field(list, "approval.field.form", getTranslation(doc.form().labelKey()));
        field(list, "approval.field.department", ApprovalUi.department(directory, doc.departmentCode(), getLocale()));
        field(list, "approval.field.drafter", ApprovalUi.person(directory, doc.drafter()));
        field(list, "approval.field.version", String.valueOf(doc.version()));
        String disclosure = getTranslation(doc.disclosure().labelKey());
        if (doc.disclosure() != DisclosureLevel.PUBLIC && doc.nonDisclosureItem() != null) {
            disclosure += " · " + getTranslation("approval.reason-item", doc.nonDisclosureItem());
        }
        field(list, "approval.field.disclosure", disclosure);
        field(list, "approval.field.retention", getTranslation(doc.retention().labelKey()));
        field(list, "approval.field.keywords", String.join(", ", doc.keywords()));
        if (doc.delegatedRank() != null) {
            field(list, "approval.field.delegated", getTranslation("approval.delegated", doc.delegatedApprover()));
        }
        if (!shown.recipients().isEmpty()) {
            field(list, "approval.field.recipients", String.join(", ", shown.recipients().stream()
                    .map(r -> getTranslation(r.kind().labelKey()) + " "
                            + r.username()).toList()));
        }
        Div card = new Div(new H2(getTranslation("approval.particulars")), list);
        card.addClassName("card");
        return card;
    }

    private void field(Div list, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("particular-label");
        Span text = new Span(value);
        text.addClassName("particular-value");
        Div row = new Div(label, text);
        row.addClassName("particular");
        list.add(row);
    }

    private Div line() {
        Div line = new Div();
        line.addClassName("approval-line");
        line.setId("approval-line");
        for (ApprovalStep step : shown.steps()) {
            Div box = new Div();
            box.addClassNames("signature", "signature-" + step.state().name().toLowerCase());
            if (shown.current().contains(step)) {
                box.addClassName("signature-current");
            }
            Span kind = new Span(getTranslation(step.kind().labelKey()));
            kind.addClassName("signature-kind");
            Span who = new Span(step.byDeputy()
                    ? getTranslation("approval.deputy", ApprovalUi.person(directory, step.actedBy()),
                    ApprovalUi.person(directory, step.approver())) : ApprovalUi.person(directory, step.approver()));
            who.addClassName("signature-who");
            Span state = new Span(getTranslation(step.state().labelKey()));
            state.addClassName("signature-state");
            box.add(kind, who, state);
            if (step.actedAt() != null) {
                Span when = new Span(ApprovalUi.time(step.actedAt(), getLocale()));
                when.addClassName("signature-when");
                box.add(when);
            }
            ApprovalDocument doc = shown.document();
            if (step.state() == StepState.APPROVED && doc.delegatedApprover() != null
                    && doc.delegatedApprover().equals(step.approver())) {
                Span mark = new Span(getTranslation("approval.mark.delegated"));
                mark.addClassName("signature-mark");
                box.add(mark);
            }
            if (step.comment() != null && !step.comment().isBlank()) {
                Span comment = new Span(step.comment());
                comment.addClassName("signature-comment");
                box.add(comment);
            }
            line.add(box);
        }
        return line;
    }

    private Div actions() {
        Div bar = new Div();
        bar.addClassName("approval-actions");
        long revision = shown.document().revision();
        for (ApprovalAction action : shown.actions()) {
            Button button = switch (action) {
                case APPROVE -> button(action, () -> approveDialog(revision));
                case REJECT_TO_DRAFTER, REJECT_TO_PREVIOUS -> button(action, () -> rejectDialog(revision, action));
                case HOLD -> button(action, () -> run(() -> approval.hold(actor(), documentId, revision, null),
                        "approval.done.hold"));
                case RELEASE -> button(action, () -> run(() -> approval.release(actor(), documentId, revision),
                        "approval.done.release"));
                case WITHDRAW -> button(action, () -> run(() -> approval.withdraw(actor(), documentId, revision),
                        "approval.done.withdraw"));
                case REDRAFT, EDIT -> button(action,
                        () -> getUI().ifPresent(ui -> ui.navigate("approval/draft/" + documentId)));
                case SUBMIT -> button(action, () -> run(() -> approval.submit(actor(), documentId, revision),
                        "approval.done.submit"));
            };
            if (action == ApprovalAction.APPROVE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(button);
        }
        return bar;
    }

    private Button button(ApprovalAction action, Runnable onClick) {
        Button button = new Button(getTranslation(action.labelKey()),
                click -> onClick.run());
        button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
        return button;
    }

    private void approveDialog(long revision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("approval.action.approve"));
        TextArea comment = new TextArea(getTranslation("approval.comment"));
        comment.addClassName("approval-comment");
        comment.setWidthFull();
        Button confirm = new Button(getTranslation("approval.action.approve"), click -> {
            dialog.close();
            run(() -> approval.approve(actor(), documentId, revision, blankToNull(comment.getValue())),
                    "approval.done.approve");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("approve-confirm");
        Button cancel = new Button(getTranslation("approval.cancel"), click -> dialog.close());
        dialog.add(comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void rejectDialog(long revision, ApprovalAction action) {
        boolean toPrevious = action == ApprovalAction.REJECT_TO_PREVIOUS;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(action.labelKey()));
        TextArea comment = new TextArea(getTranslation("approval.comment"));
        comment.addClassName("approval-comment");
        comment.setWidthFull();
        Button confirm = new Button(getTranslation(action.labelKey()), click -> {
            dialog.close();
            run(() -> approval.reject(actor(), documentId, revision, toPrevious, blankToNull(comment.getValue())),
                    "approval.done.reject");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.addClassName("reject-confirm");
        Button cancel = new Button(getTranslation("approval.cancel"), click -> dialog.close());
        dialog.add(comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            ApprovalUi.success(this, doneKey);
        } catch (ApprovalRefusedException e) {
            ApprovalUi.error(this, e.messageKey());
        }
        refresh();
    }

    private Div attachments() {
        Div files = new Div();
        files.addClassName("approval-attachments");
        for (AttachmentInfo info : shown.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(download -> approval
                    .attachmentContent(username, info.id())
                    .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), info.filename(),
                            "application/octet-stream", bytes.length))
                    .orElseGet(() -> DownloadResponse.error(404))), info.filename() + " (" + info.size() + " B)");
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

    private kr.seoul.smartcity.approval.service.Actor actor() {
        return ApprovalUi.actor(username);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? getTranslation("nav.approval") : shown.document().title()) + " · "
                + getTranslation("app.title");
    }
}
