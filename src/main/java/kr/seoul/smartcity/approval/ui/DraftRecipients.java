package kr.seoul.smartcity.approval.ui;

import java.util.List;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import kr.seoul.smartcity.approval.domain.Recipient;
import kr.seoul.smartcity.approval.domain.RecipientKind;

/** A draft's recipients besides its approval line: those it is sent to for reference (참조) and for circulation (공람). */
class DraftRecipients extends FormLayout {

    private final MultiSelectComboBox<String> references = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> circulation = new MultiSelectComboBox<>();

    /** @param members the people who may receive it */
    DraftRecipients(List<String> members) {
        references.setLabel(getTranslation("approval.recipient.reference"));
        references.setItems(members);
        references.setId("draft-references");
        circulation.setLabel(getTranslation("approval.recipient.circulation"));
        circulation.setItems(members);
        add(references, circulation);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    void show(List<Recipient> recipients) {
        references.setValue(of(recipients, RecipientKind.REFERENCE));
        circulation.setValue(of(recipients, RecipientKind.CIRCULATION));
    }

    List<String> references() {
        return List.copyOf(references.getValue());
    }

    List<String> circulation() {
        return List.copyOf(circulation.getValue());
    }

    private static List<String> of(List<Recipient> recipients, RecipientKind kind) {
        return recipients.stream()
                .filter(r -> r.kind() == kind)
                .map(r -> r.username())
                .toList();
    }
}
