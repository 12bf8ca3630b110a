package kr.seoul.smartcity.approval.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** A document's particulars: number, form, department, drafter, version, disclosure, retention, 전결, recipients. */
class DocumentParticulars extends Div {

    DocumentParticulars(DocumentView shown, DirectoryService directory) {
        ApprovalDocument doc = shown.document();
        Div list = new Div();
        list.addClassName("approval-particulars");
        field(
                list,
                "approval.field.number",
                doc.number() == null ? getTranslation("approval.no-number") : doc.number());
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
            field(
                    list,
                    "approval.field.recipients",
                    String.join(
                            ", ",
                            shown.recipients().stream()
                                    .map(r -> getTranslation(r.kind().labelKey()) + " " + r.username())
                                    .toList()));
        }
        add(new H2(getTranslation("approval.particulars")), list);
        addClassName("card");
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
}
