package kr.seoul.smartcity.approval.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.SavedLine;
import kr.seoul.smartcity.approval.domain.StepKind;
import kr.seoul.smartcity.approval.service.ApprovalSettings;
import kr.seoul.smartcity.base.ui.Card;
import org.jspecify.annotations.Nullable;

/** The 결재선 editor of a draft: its rows (kind and person), adding and removing them, and the user's saved lines. */
class LineEditor extends Composite<Section> {

    private final ApprovalSettings settings;
    private final String username;
    private final List<String> members;
    private final Div lineRows = new Div();
    private final List<LineRow> line = new ArrayList<>();
    private final Select<SavedLine> savedLines = new Select<>();
    private final TextField lineName = new TextField();
    private final Paragraph lineError = new Paragraph();
    private final Div addLine = new Div();
    private @Nullable Button addApprover;

    private record LineRow(Select<StepKind> kind, ComboBox<String> who, Div row) {}

    LineEditor(ApprovalSettings settings, String username, List<String> members) {
        this.settings = settings;
        this.username = username;
        this.members = members;
        lineRows.addClassName("line-rows");
        lineRows.setId("line-rows");
        addLine.addClassName("line-tools");
        for (StepKind kind : List.of(StepKind.REVIEW, StepKind.COOPERATION, StepKind.APPROVAL)) {
            Button add = new Button(
                    getTranslation("approval.line.add", getTranslation(kind.labelKey())), click -> addRow(kind, null));
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.setId("line-add-" + kind.name().toLowerCase());
            addLine.add(add);
            if (kind == StepKind.APPROVAL) {
                addApprover = add;
            }
        }
        lineError.setId("line-error");
        lineError.addClassName("line-error");
        lineError.setVisible(false);
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
        savedLines.setItems(settings.savedLines(username));
    }

    @Override
    protected Section initContent() {
        Button saveLine = new Button(getTranslation("approval.line.save"), click -> saveLine());
        Div lineTools = new Div(savedLines, lineName, saveLine);
        lineTools.addClassName("line-tools");
        return Card.titled(getTranslation("approval.line"), lineRows, lineError, addLine, lineTools);
    }

    void setLine(List<LineEntry> entries) {
        line.clear();
        lineRows.removeAll();
        entries.forEach(e -> addRow(e.kind(), e.approver()));
    }

    /** The complete rows, in order; rows whose person is not chosen yet are left out. */
    List<LineEntry> entries() {
        return line.stream()
                .filter(r -> r.who().getValue() != null && r.kind().getValue() != null)
                .map(r -> new LineEntry(r.kind().getValue(), r.who().getValue(), false))
                .toList();
    }

    /**
     * For submission the line needs someone who approves: if it has none, says so beside the line (the "add an
     * approver" button names the message) and focuses that button; whether the line will do.
     */
    boolean validate(boolean submitting) {
        boolean ok = !submitting || entries().stream().anyMatch(e -> e.kind() == StepKind.APPROVAL);
        lineError.setText(ok ? "" : getTranslation("approval.error.line-required"));
        lineError.setVisible(!ok);
        if (addApprover != null && ok) {
            addApprover.getElement().removeAttribute("aria-describedby");
        } else if (addApprover != null) {
            addApprover
                    .getElement()
                    .setAttribute("aria-describedby", lineError.getId().orElseThrow());
            addApprover.focus();
        }
        return ok;
    }

    private void addRow(StepKind kind, @Nullable String who) {
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

    private void saveLine() {
        if (lineName.getValue().isBlank() || entries().isEmpty()) {
            lineName.setInvalid(true);
            lineName.setErrorMessage(getTranslation("approval.line.name-required"));
            lineName.focus();
            return;
        }
        lineName.setInvalid(false);
        settings.saveLine(ApprovalUi.actor(username), lineName.getValue().strip(), entries());
        savedLines.setItems(settings.savedLines(username));
        ApprovalUi.success(this, "approval.line.saved-done");
    }
}
