package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueRefusedException;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.FieldProblem;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.InvalidCatalogueException;
import kr.seoul.smartcity.directory.service.DirectoryService;

/**
 * One indicator of the catalogue, new or existing, in three sections (identity, judging, metadata), with its
 * history, a waiting disclosure to approve or reject, and retirement. Fields are checked as they are typed and again
 * by the service; a refused save keeps everything typed and marks the fields to fix. Read-only for those who may
 * not change the indicator. Full screen on phones.
 */
class IndicatorEditor extends Dialog {

    private final CatalogueStewardship stewardship;
    private final CatalogueActor actor;
    private final Runnable onChange;
    private final CatalogueEntry entry;
    private final IndicatorForm form;
    private final IndicatorFields fields;

    IndicatorEditor(
            CatalogueStewardship stewardship,
            IndicatorCatalog catalog,
            DirectoryService directory,
            CatalogueActor actor,
            CatalogueEntry entry,
            Runnable onChange) {
        this.stewardship = stewardship;
        this.actor = actor;
        this.onChange = onChange;
        this.entry = entry;
        addClassName("catalogue-editor");
        setId("indicator-editor");
        setHeaderTitle(
                entry == null
                        ? getTranslation("catalogue.new")
                        : getTranslation(
                                "catalogue.editor.title", entry.indicator().name(getLocale()), entry.code()));
        setCloseOnOutsideClick(false);
        setDraggable(false);
        getElement().setAttribute("aria-label", getHeaderTitle());
        form = entry == null ? newForm(actor) : IndicatorForm.of(entry);
        boolean editable = entry == null
                ? stewardship.mayCreate(actor)
                : !entry.retired() && stewardship.mayEdit(actor, entry.indicator());

        Div content = new Div();
        content.addClassName("catalogue-editor-content");
        if (entry != null && entry.retired()) {
            content.add(note(getTranslation("catalogue.retired-note"), "catalogue-retired-note"));
        }
        if (entry != null && entry.pending() != null) {
            content.add(pendingPanel(entry));
        }
        fields = new IndicatorFields(form, getLocale());
        content.add(fields.identity(catalog, directory), fields.judging(), fields.metadata());
        if (entry != null) {
            Section history = new Section(
                    new H3(getTranslation("catalogue.section.history")),
                    new ChangeHistory(stewardship.history(actor, entry.code()), directory));
            history.addClassName("catalogue-section");
            history.setId("catalogue-history");
            content.add(history);
        }
        add(content);
        fields.show(editable, entry != null, !actor.isAdmin());
        addFooterButtons(editable);
    }

    private void addFooterButtons(boolean editable) {
        Button close = new Button(getTranslation(editable ? "catalogue.cancel" : "catalogue.close"), click -> close());
        close.setId("indicator-close");
        if (editable) {
            Button save = new Button(getTranslation("catalogue.save"), click -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("indicator-save");
            save.addClickShortcut(Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
            getFooter().add(save);
            if (entry != null) {
                Button retire = new Button(getTranslation("catalogue.retire"), click -> confirmRetire());
                retire.addThemeVariants(ButtonVariant.LUMO_ERROR);
                retire.setId("indicator-retire");
                getFooter().add(retire);
            }
        }
        getFooter().add(close);
    }

    private static IndicatorForm newForm(CatalogueActor actor) {
        IndicatorForm form = new IndicatorForm();
        form.owningDepartment = actor.departmentCode();
        return form;
    }

    private Component pendingPanel(CatalogueEntry entry) {
        Div panel = new Div();
        panel.addClassName("catalogue-pending");
        panel.setId("catalogue-pending");
        panel.getElement().setAttribute("role", "status");
        panel.add(new Paragraph(getTranslation(
                "catalogue.pending.text",
                getTranslation(entry.pending().disclosure().labelKey()),
                entry.pending().requestedBy(),
                Formats.dateTime(entry.pending().requestedAt()))));
        boolean mayEdit = stewardship.mayEdit(actor, entry.indicator());
        if (stewardship.mayApprove(actor, entry)) {
            Button approve = new Button(
                    getTranslation("catalogue.pending.approve"),
                    click -> act(
                            () -> stewardship.approveDisclosure(actor, entry.code()), "catalogue.pending.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setId("disclosure-approve");
            panel.add(approve);
        } else if (mayEdit) {
            panel.add(new Paragraph(getTranslation("catalogue.pending.second-person")));
        }
        if (mayEdit) {
            Button reject = new Button(
                    getTranslation(
                            actor.username().equals(entry.pending().requestedBy())
                                    ? "catalogue.pending.withdraw"
                                    : "catalogue.pending.reject"),
                    click ->
                            act(() -> stewardship.rejectDisclosure(actor, entry.code()), "catalogue.pending.rejected"));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            reject.setId("disclosure-reject");
            panel.add(reject);
        }
        return panel;
    }

    private void save() {
        fields.clearMarks();
        if (!fields.write()) {
            Notification.show(getTranslation("catalogue.check-fields"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            CatalogueEntry saved = entry == null
                    ? stewardship.create(actor, form.draft())
                    : stewardship.update(actor, entry.code(), form.draft(), entry.version());
            boolean waiting = saved.pending() != null && (entry == null || entry.pending() == null);
            Notification.show(
                            getTranslation(waiting ? "catalogue.saved-pending" : "catalogue.saved", saved.code()),
                            5000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (InvalidCatalogueException e) {
            showProblems(e.problems());
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void showProblems(List<FieldProblem> problems) {
        fields.mark(problems);
        Notification.show(getTranslation("catalogue.check-fields"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
        fields.focusFirstInvalid();
    }

    private void confirmRetire() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("catalogue.retire.title", entry.code()),
                getTranslation("catalogue.retire.text"),
                getTranslation("catalogue.retire"),
                ok -> act(() -> stewardship.retire(actor, entry.code()), "catalogue.retired"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("catalogue.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("retire-confirm");
        confirm.open();
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Notification.show(getTranslation(doneKey, entry.code()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onChange.run();
        } catch (CatalogueRefusedException e) {
            refused(e);
        }
    }

    private void refused(CatalogueRefusedException e) {
        Notification.show(getTranslation(e.key(), e.arguments().toArray()), 7000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Paragraph note(String text, String className) {
        Paragraph note = new Paragraph(text);
        note.addClassName(className);
        return note;
    }
}
