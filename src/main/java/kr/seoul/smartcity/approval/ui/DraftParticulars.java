package kr.seoul.smartcity.approval.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.PlainMarkdown;

/**
 * The particulars of a draft: form, title, body with its preview, disclosure with its legal reason, retention and
 * keywords. A field the draft lacks shows its own error (announced with the field) and takes the focus.
 */
class DraftParticulars extends Composite<Section> {

    private final Select<FormType> form = new Select<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final Markdown preview = new Markdown();
    private final Select<DisclosureLevel> disclosure = new Select<>();
    private final Select<Integer> reasonItem = new Select<>();
    private final Select<Retention> retention = new Select<>();
    private final TextField keywords = new TextField();

    DraftParticulars(Runnable changed) {
        form.setLabel(getTranslation("approval.field.form"));
        form.setItems(FormType.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setValue(FormType.DRAFT_PROPOSAL);
        form.setId("draft-form");
        title.setLabel(getTranslation("approval.field.title"));
        title.setMaxLength(DocumentDraft.MAX_TITLE);
        title.setId("draft-title");
        title.setWidthFull();
        title.addValueChangeListener(change -> changed.run());
        body.setLabel(getTranslation("approval.body"));
        body.setId("draft-body");
        body.setWidthFull();
        body.setMinHeight("12em");
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.addValueChangeListener(change -> PlainMarkdown.set(preview, change.getValue()));
        body.addValueChangeListener(change -> changed.run());
        preview.addClassName("draft-preview");
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
    }

    @Override
    protected Section initContent() {
        TabSheet bodyTabs = new TabSheet();
        bodyTabs.add(getTranslation("approval.write"), body);
        bodyTabs.add(getTranslation("approval.preview"), preview);
        bodyTabs.setWidthFull();
        FormLayout particulars = new FormLayout(form, disclosure, reasonItem, retention, keywords);
        particulars.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        return Card.titled(getTranslation("approval.particulars"), title, particulars, bodyTabs);
    }

    void show(ApprovalDocument doc) {
        form.setValue(doc.form());
        title.setValue(doc.title());
        body.setValue(doc.body());
        PlainMarkdown.set(preview, doc.body());
        disclosure.setValue(doc.disclosure());
        reasonItem.setValue(doc.nonDisclosureItem());
        retention.setValue(doc.retention());
        keywords.setValue(String.join(", ", doc.keywords()));
    }

    boolean hasTitle() {
        return !title.getValue().isBlank();
    }

    DocumentDraft draft(List<LineEntry> line, List<String> references, List<String> circulation) {
        return new DocumentDraft(
                form.getValue(),
                title.getValue(),
                body.getValue(),
                null,
                disclosure.getValue(),
                disclosure.getValue() == DisclosureLevel.PUBLIC ? null : reasonItem.getValue(),
                retention.getValue(),
                Arrays.asList(keywords.getValue().split(",")),
                line,
                references,
                circulation);
    }

    /**
     * Marks the fields the draft lacks (a title; for submission of a document that is not public, its legal reason)
     * and focuses the first of them; whether all are there.
     */
    boolean validate(boolean submitting) {
        title.setInvalid(false);
        reasonItem.setInvalid(false);
        boolean titled = hasTitle();
        boolean reasoned =
                !submitting || disclosure.getValue() == DisclosureLevel.PUBLIC || reasonItem.getValue() != null;
        if (!reasoned) {
            refuse(reasonItem, "approval.error.reason-required");
        }
        if (!titled) {
            refuse(title, "approval.error.title-required");
        }
        return titled && reasoned;
    }

    /** Shows a refusal from the service at the field it is about, and focuses that field. */
    void refuse(String messageKey) {
        if (messageKey.contains("reason")) {
            refuse(reasonItem, messageKey);
        } else {
            refuse(title, messageKey);
        }
    }

    private <F extends HasValidation & com.vaadin.flow.component.Focusable<?>> void refuse(F field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        field.focus();
    }
}
