package kr.seoul.smartcity.approval.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.StepKind;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.approval.service.InvalidDocumentException;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.beans.factory.annotation.Value;

/**
 * 기안: writes a new document or edits a draft (or redrafts a rejected one as its next version), with its approval
 * line, recipients and attachments; 임시저장 and 상신.
 */
@Route("approval/draft/:id?")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final ScheduledExecutorService autosaveTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("draft-autosave").daemon().factory());

    private final ApprovalService approval;
    private final String username;
    private boolean dirty;
    private final DraftParticulars particulars = new DraftParticulars(() -> this.dirty = true);
    private final LineEditor line;
    private final DraftRecipients recipients;
    private final AttachmentPanel attachments = new AttachmentPanel(this::attach);
    private final Span autosaveStatus = new Span();
    private final Duration autosaveEvery;
    private Long documentId;
    private long revision;
    private boolean redraftPending;
    private ScheduledFuture<?> autosave;

    DraftEditorView(
            ApprovalService approval,
            ApprovalSettings settings,
            CurrentUser currentUser,
            @Value("${city.approval.autosave-every:30s}") Duration autosaveEvery) {
        this.autosaveEvery = autosaveEvery;
        this.approval = approval;
        this.username = currentUser.get().orElseThrow().getUsername();
        List<String> members =
                settings.members().stream().filter(m -> !m.equals(username)).toList();
        this.line = new LineEditor(settings, username, members);
        addClassNames("page", "draft-editor");

        this.recipients = new DraftRecipients(members);

        Button save = new Button(getTranslation("approval.save-draft"), click -> save(false));
        save.setId("draft-save");
        Button submit = new Button(getTranslation("approval.submit"), click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("draft-submit");
        autosaveStatus.setId("autosave-status");
        autosaveStatus.addClassName("autosave-status");
        Div buttons = new Div(save, submit, autosaveStatus);
        buttons.addClassName("approval-actions");

        add(
                new H1(getTranslation("approval.new-draft")),
                particulars,
                line,
                Card.titled(getTranslation("approval.recipients"), recipients),
                attachments,
                buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        documentId = null;
        revision = 0;
        redraftPending = false;
        if (id.isEmpty()) {
            attachments.hideUploads();
            return;
        }
        Optional<DocumentView> found = approval.find(username, id.get());
        if (found.isEmpty() || !found.get().document().drafter().equals(username)) {
            event.forwardTo(ApprovalBoxesView.class);
            return;
        }
        show(found.get());
    }

    private void show(DocumentView view) {
        ApprovalDocument doc = view.document();
        documentId = doc.id();
        revision = doc.revision();
        redraftPending = doc.status() == DocumentStatus.REJECTED;
        particulars.show(doc);
        line.setLine(view.steps().stream()
                .filter(s -> s.kind() != StepKind.DRAFT)
                .map(s -> new LineEntry(s.kind(), s.approver(), false))
                .toList());
        recipients.show(view.recipients());
        attachments.show(view.attachments(), !redraftPending);
    }

    private DocumentDraft draft() {
        return particulars.draft(line.entries(), recipients.references(), recipients.circulation());
    }

    /** Checks the line first and the particulars last, so that the focus lands on the first field at fault. */
    private boolean validate(boolean submitting) {
        boolean lineOk = line.validate(submitting);
        boolean particularsOk = particulars.validate(submitting);
        return lineOk && particularsOk;
    }

    private void save(boolean submit) {
        if (!validate(submit)) {
            return;
        }
        try {
            DocumentView saved = redraftPending
                    ? approval.redraft(ApprovalUi.actor(username), documentId, revision, draft())
                    : approval.saveDraft(ApprovalUi.actor(username), documentId, revision, draft());
            show(saved);
            if (submit) {
                DocumentView submitted = approval.submit(ApprovalUi.actor(username), documentId, revision);
                ApprovalUi.success(this, "approval.done.submit");
                getUI().ifPresent(ui ->
                        ui.navigate("approval/document/" + submitted.document().id()));
            } else {
                ApprovalUi.success(this, "approval.done.save");
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "approval/draft/" + documentId));
            }
        } catch (InvalidDocumentException e) {
            particulars.refuse(e.messageKey());
            ApprovalUi.error(this, e.messageKey());
        } catch (ApprovalRefusedException e) {
            ApprovalUi.error(this, e.messageKey());
        }
    }

    /** 임시저장 without a click: every half minute while there are unsaved changes to a draft with a title. */
    private void autoSave() {
        if (!dirty || redraftPending || !particulars.hasTitle()) {
            return;
        }
        try {
            // only what identifies the saved draft: the editor keeps what is being written, such as a line row
            // whose person is not chosen yet
            DocumentView saved = approval.saveDraft(ApprovalUi.actor(username), documentId, revision, draft());
            boolean first = documentId == null;
            documentId = saved.document().id();
            revision = saved.document().revision();
            dirty = false;
            if (first) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "approval/draft/" + documentId));
            }
            autosaveStatus.setText(getTranslation("approval.autosaved", ApprovalUi.time(Instant.now(), getLocale())));
        } catch (InvalidDocumentException | ApprovalRefusedException e) {
            autosaveStatus.setText(getTranslation(
                    "approval.autosave-failed",
                    getTranslation(
                            e instanceof InvalidDocumentException invalid
                                    ? invalid.messageKey()
                                    : ((ApprovalRefusedException) e).messageKey())));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        long every = autosaveEvery.toMillis();
        autosave = autosaveTimer.scheduleWithFixedDelay(
                () -> {
                    try {
                        ui.access(this::autoSave);
                    } catch (UIDetachedException gone) {
                        autosave.cancel(false);
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (autosave != null) {
            autosave.cancel(false);
        }
    }

    private void attach(String filename, byte[] bytes) {
        if (documentId == null) {
            ApprovalUi.error(this, "approval.attachments.save-first");
            return;
        }
        try {
            approval.attach(ApprovalUi.actor(username), documentId, revision, filename, bytes);
            approval.find(username, documentId).ifPresent(this::show);
            ApprovalUi.success(this, "approval.attachments.added", filename);
        } catch (InvalidAttachmentException | ApprovalRefusedException e) {
            ApprovalUi.error(
                    this,
                    e instanceof InvalidAttachmentException invalid
                            ? invalid.messageKey()
                            : ((ApprovalRefusedException) e).messageKey());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.new-draft") + " · " + getTranslation("app.title");
    }
}
