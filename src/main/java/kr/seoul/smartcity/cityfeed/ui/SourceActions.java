package kr.seoul.smartcity.cityfeed.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The source editor's buttons: try the declaration without saving, save it, run it now, delete it. */
final class SourceActions extends FlexLayout {

    private final Button save = new Button();
    private final Button runNow = new Button();
    private final Button delete = new Button();

    SourceActions(Runnable onDryRun, Runnable onSave, Runnable onRunNow, Runnable onDelete) {
        Button dry =
                new Button(getTranslation("data-source.dry-run"), VaadinIcon.FLASK.create(), click -> onDryRun.run());
        dry.setId("dry-run");
        save.setText(getTranslation("data-source.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.setId("save-source");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> onSave.run());
        runNow.setText(getTranslation("sources.run-now"));
        runNow.setIcon(VaadinIcon.PLAY.create());
        runNow.setId("run-source");
        runNow.addClickListener(click -> onRunNow.run());
        delete.setText(getTranslation("data-source.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> onDelete.run());
        add(dry, save, runNow, delete);
        addClassName("source-actions");
        getStyle().set("gap", "var(--lumo-space-s)").set("flex-wrap", "wrap");
    }

    /** Saving where the user may edit; running a saved source that is fetched; deleting a saved one they may edit. */
    void allow(boolean saving, boolean running, boolean deleting) {
        save.setEnabled(saving);
        runNow.setVisible(running);
        delete.setVisible(deleting);
    }
}
