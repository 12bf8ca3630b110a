package kr.seoul.smartcity.approval.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.DocumentStatus;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.RecipientKind;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.domain.SavedLine;
import kr.seoul.smartcity.approval.domain.StepKind;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.approval.service.InvalidDocumentException;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.PlainMarkdown;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.base.ui.LimitedUploads;
import org.springframework.beans.factory.annotation.Value;

/**
 * 기안: writes a new document or edits a draft (or redrafts a rejected one as its next version), with its approval
 * line, recipients and attachments; 임시저장 and 상신.
 */
@Route("approval/draft/:id?")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class DraftEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApprovalService approval;
    private final ApprovalSettings settings;
    private final String username;
    private final Select<FormType> form = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Markdown preview = new Markdown();
    private final Select<DisclosureLevel> disclosure = new Select<>();
    private final Select<Integer> reasonItem = new Select<>();
    private final Select<Retention> retention = new Select<>();
    private final TextField keywords = new TextField();
    private final MultiSelectComboBox<String> references = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> circulation = new MultiSelectComboBox<>();
    private final Div lineRows = new Div();
    private final List<LineRow> line = new ArrayList<>();
    private final Select<SavedLine> savedLines = new Select<>();
    private final TextField lineName = new TextField();
    private final Div attachmentList = new Div();
    private final Div uploadArea = new Div();
    private final List<String> members;
    private Long documentId;
    private long revision;
    private boolean redraftPending;
    private boolean dirty;
    private final Span autosaveStatus = new Span();
    private ScheduledFuture<?> autosave;
    private final Duration autosaveEvery;

    private static final ScheduledExecutorService autosaveTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("draft-autosave").daemon().factory());

    private record LineRow(Select<StepKind> kind, ComboBox<String> who, Div row) {
    }

    DraftEditorView(ApprovalService approval, ApprovalSettings settings, CurrentUser currentUser,
                    @Value("${city.approval.autosave-every:30s}") Duration autosaveEvery) {
        this.autosaveEvery = autosaveEvery;
        this.approval = approval;
        this.settings = settings;
        this.username = currentUser.get().orElseThrow().getUsername();
        this.members = settings.members().stream().filter(m -> !m.equals(username)).toList();
        addClassNames("page", "draft-editor");

        form.setLabel(getTranslation("approval.field.form"));
        form.setItems(FormType.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setValue(FormType.DRAFT_PROPOSAL);
        form.setId("draft-form");
        title.setLabel(getTranslation("approval.field.title"));
        title.setMaxLength(DocumentDraft.MAX_TITLE);
        title.setId("draft-title");
        title.setWidthFull();
        body.setLabel(getTranslation("approval.body"));
        body.setId("draft-body");
        body.setWidthFull();
        body.setMinHeight("12em");
        body.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> PlainMarkdown.set(preview, change.getValue()));
        body.addValueChangeListener(change -> dirty = true);
        title.addValueChangeListener(change -> dirty = true);
        preview.addClassName("draft-preview");
        TabSheet bodyTabs = new TabSheet();
        bodyTabs.add(getTranslation("approval.write"), body);
        bodyTabs.add(getTranslation("approval.preview"), preview);
        bodyTabs.setWidthFull();

        disclosure.setLabel(getTranslation("approval.field.disclosure"));
        disclosure.setItems(DisclosureLevel.values());
        disclosure.setItemLabelGenerator(d -> getTranslation(d.labelKey()));
        disclosure.setValue(DisclosureLevel.PUBLIC);
        disclosure.setId("draft-disclosure");
        reasonItem.setLabel(getTranslation("approval.field.reason"));
        reasonItem.setItems(1, 2, 3, 4, 5, 6, 7, 8);
        reasonItem.setItemLabelGenerator(i -> getTranslation("approval.reason-item", i));
        reasonItem.setId("draft-reason");
        reasonItem.setVisible(false);
        disclosure.addValueChangeListener(change -> {
            reasonItem.setVisible(change.getValue() != DisclosureLevel.PUBLIC);
            reasonItem.setInvalid(false);
        });
        retention.setLabel(getTranslation("approval.field.retention"));
        retention.setItems(Retention.values());
        retention.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        retention.setValue(Retention.YEARS_5);
        keywords.setLabel(getTranslation("approval.field.keywords"));
        keywords.setHelperText(getTranslation("approval.keywords.help"));
        keywords.setId("draft-keywords");
        FormLayout particulars = new FormLayout(form, disclosure, reasonItem, retention, keywords);
        particulars.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        lineRows.addClassName("line-rows");
        lineRows.setId("line-rows");
        Div addLine = new Div();
        addLine.addClassName("line-tools");
        for (StepKind kind : List.of(StepKind.REVIEW, StepKind.COOPERATION, StepKind.APPROVAL)) {
            Button add = new Button(getTranslation("approval.line.add", getTranslation(kind.labelKey())),
                    click -> addLineRow(kind, null));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("line-add-" + kind.name().toLowerCase());
            addLine.add(add);
        }
        savedLines.setLabel(getTranslation("approval.line.saved"));
        savedLines.setItemLabelGenerator(saved -> saved == null ? "" : saved.name());
        savedLines.setEmptySelectionAllowed(true);
        savedLines.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                setLine(change.getValue().entries());
            }
        });
        lineName.setPlaceholder(getTranslation("approval.line.name"));
        lineName.setAriaLabel(getTranslation("approval.line.name"));
        Button saveLine = new Button(getTranslation("approval.line.save"), click -> saveLine());
        Div lineTools = new Div(savedLines, lineName, saveLine);
        lineTools.addClassName("line-tools");
        loadSavedLines();

        references.setLabel(getTranslation("approval.recipient.reference"));
        references.setItems(members);
        references.setId("draft-references");
        circulation.setLabel(getTranslation("approval.recipient.circulation"));
        circulation.setItems(members);
        FormLayout recipients = new FormLayout(references, circulation);
        recipients.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

        Upload upload = new Upload(LimitedUploads.inMemory(AttachmentCheck.MAX_SIZE, 10, (metadata, bytes) -> getUI()
                .ifPresent(ui -> ui.access(() -> attach(metadata.fileName(), bytes)))));
        upload.setMaxFileSize((int) AttachmentCheck.MAX_SIZE);
        upload.addFileRejectedListener(rejected -> ApprovalUi.error(this, "approval.attachment.too-large"));
        upload.setId("draft-upload");
        uploadArea.add(new Paragraph(getTranslation("approval.attachments.help")), upload, attachmentList);

        Button save = new Button(getTranslation("approval.save-draft"), click -> save(false));
        save.setId("draft-save");
        Button submit = new Button(getTranslation("approval.submit"), click -> save(true));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("draft-submit");
        autosaveStatus.setId("autosave-status");
        autosaveStatus.addClassName("autosave-status");
        Div buttons = new Div(save, submit, autosaveStatus);
        buttons.addClassName("approval-actions");

        add(new H1(getTranslation("approval.new-draft")),
                Card.titled(getTranslation("approval.particulars"), title, particulars, bodyTabs),
                Card.titled(getTranslation("approval.line"), lineRows, addLine, lineTools),
                Card.titled(getTranslation("approval.recipients"), recipients),
                Card.titled(getTranslation("approval.attachments"), uploadArea),
                buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        documentId = null;
        revision = 0;
        redraftPending = false;
        if (id.isEmpty()) {
            uploadArea.setVisible(false);
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
        form.setValue(doc.form());
        title.setValue(doc.title());
        body.setValue(doc.body());
        PlainMarkdown.set(preview, doc.body());
        disclosure.setValue(doc.disclosure());
        reasonItem.setValue(doc.nonDisclosureItem());
        retention.setValue(doc.retention());
        keywords.setValue(String.join(", ", doc.keywords()));
        setLine(view.steps().stream().filter(s -> s.kind() != StepKind.DRAFT)
                .map(s -> new LineEntry(s.kind(), s.approver(), false)).toList());
        references.setValue(view.recipients().stream().filter(r -> r.kind() == RecipientKind.REFERENCE)
                .map(r -> r.username()).toList());
        circulation.setValue(view.recipients().stream().filter(r -> r.kind() == RecipientKind.CIRCULATION)
                .map(r -> r.username()).toList());
        uploadArea.setVisible(!redraftPending);
        attachmentList.removeAll();
        view.attachments().forEach(a -> attachmentList.add(new Div(new Span(a.filename()))));
    }

    private void addLineRow(StepKind kind, String who) {
        Select<StepKind> kindSelect = new Select<>();
        kindSelect.setItems(StepKind.REVIEW, StepKind.COOPERATION, StepKind.APPROVAL);
        kindSelect.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kindSelect.setValue(kind);
        kindSelect.setAriaLabel(getTranslation("approval.line.kind"));
        kindSelect.addClassName("line-kind");
        ComboBox<String> person = new ComboBox<>();
        person.setItems(members);
        person.setAriaLabel(getTranslation("approval.line.person"));
        person.setPlaceholder(getTranslation("approval.line.person"));
        person.addClassName("line-person");
        if (who != null) {
            person.setValue(who);
        }
        Div row = new Div();
        LineRow entry = new LineRow(kindSelect, person, row);
        Button remove = new Button(getTranslation("approval.line.remove"), click -> {
            line.remove(entry);
            lineRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.add(kindSelect, person, remove);
        row.addClassName("line-row");
        line.add(entry);
        lineRows.add(row);
    }

    private void setLine(List<LineEntry> entries) {
        line.clear();
        lineRows.removeAll();
        entries.forEach(e -> addLineRow(e.kind(), e.approver()));
    }

    private List<LineEntry> lineEntries() {
        return line.stream().filter(r -> r.who().getValue() != null && r.kind().getValue() != null)
                .map(r -> new LineEntry(r.kind().getValue(), r.who().getValue(), false)).toList();
    }

    private void loadSavedLines() {
        savedLines.setItems(settings.savedLines(username));
    }

    private void saveLine() {
        if (lineName.getValue().isBlank() || lineEntries().isEmpty()) {
            lineName.setInvalid(true);
            lineName.setErrorMessage(getTranslation("approval.line.name-required"));
            return;
        }
        lineName.setInvalid(false);
        settings.saveLine(ApprovalUi.actor(username), lineName.getValue().strip(), lineEntries());
        loadSavedLines();
        ApprovalUi.success(this, "approval.line.saved-done");
    }

    private DocumentDraft draft() {
        return new DocumentDraft(form.getValue(), title.getValue(), body.getValue(), null, disclosure.getValue(),
                disclosure.getValue() == DisclosureLevel.PUBLIC ? null : reasonItem.getValue(), retention.getValue(),
                Arrays.asList(keywords.getValue().split(",")), lineEntries(), List.copyOf(references.getValue()),
                List.copyOf(circulation.getValue()));
    }

    private boolean validate(boolean submitting) {
        boolean ok = true;
        title.setInvalid(false);
        reasonItem.setInvalid(false);
        if (title.getValue().isBlank()) {
            title.setErrorMessage(getTranslation("approval.error.title-required"));
            title.setInvalid(true);
            ok = false;
        }
        if (submitting && disclosure.getValue() != DisclosureLevel.PUBLIC && reasonItem.getValue() == null) {
            reasonItem.setErrorMessage(getTranslation("approval.error.reason-required"));
            reasonItem.setInvalid(true);
            ok = false;
        }
        if (submitting && lineEntries().stream().noneMatch(e -> e.kind() == StepKind.APPROVAL)) {
            ApprovalUi.error(this, "approval.error.line-required");
            ok = false;
        }
        return ok;
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
                getUI().ifPresent(ui -> ui.navigate("approval/document/" + submitted.document().id()));
            } else {
                ApprovalUi.success(this, "approval.done.save");
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "approval/draft/" + documentId));
            }
        } catch (InvalidDocumentException e) {
            if (e.messageKey().contains("reason")) {
                reasonItem.setErrorMessage(getTranslation(e.messageKey()));
                reasonItem.setInvalid(true);
            } else {
                title.setErrorMessage(getTranslation(e.messageKey()));
                title.setInvalid(true);
            }
            ApprovalUi.error(this, e.messageKey());
        } catch (ApprovalRefusedException e) {
            ApprovalUi.error(this, e.messageKey());
        }
    }

    /** 임시저장 without a click: every half minute while there are unsaved changes to a draft with a title. */
    private void autoSave() {
        if (!dirty || redraftPending || title.getValue().isBlank()) {
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
            autosaveStatus.setText(getTranslation("approval.autosave-failed", getTranslation(e instanceof
                    InvalidDocumentException invalid ? invalid.messageKey() : ((ApprovalRefusedException) e).messageKey())));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        long every = autosaveEvery.toMillis();
        autosave = autosaveTimer.scheduleWithFixedDelay(() -> {
            try {
                ui.access(this::autoSave);
            } catch (UIDetachedException gone) {
                autosave.cancel(false);
            }
        }, every, every, TimeUnit.MILLISECONDS);
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
        } catch (InvalidAttachmentException e) {
            ApprovalUi.error(this, e.messageKey());
        } catch (ApprovalRefusedException e) {
            ApprovalUi.error(this, e.messageKey());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approval.new-draft") + " · " + getTranslation("app.title");
    }
}
