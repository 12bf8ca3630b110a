package kr.seoul.smartcity.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardRefusedException;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Arranging a dashboard (대시보드 편집): its pages, and on each page its widgets laid out as they will appear on the
 * twelve-column grid. Widgets are added from the catalogue, moved by dragging their handle or with the arrow
 * buttons, resized, switched to another form and removed, all by keyboard too. Nothing changes for readers until
 * the arrangement is saved; every save is a version, and any version can be restored.
 */
@Route("admin/dashboards/:slug")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class DashboardEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WidgetToolkit kit;
    private final DashboardActor actor;
    private final TextField nameKo = new TextField();
    private final TextField nameEn = new TextField();
    private final Checkbox openToPublic = new Checkbox();
    private final IntegerField rotateSeconds = new IntegerField();
    private final Div problem = new Div();
    private final TextField note = new TextField();
    private Dashboard draft;
    private LayoutEditor layout;
    private VersionHistory history;

    DashboardEditorView(WidgetToolkit kit, CurrentUser currentUser) {
        this.kit = kit;
        this.actor = DashboardReader.of(currentUser);
        addClassNames("page", "dashboard-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        try {
            draft = kit.dashboards.forArranging(actor, slug);
        } catch (DashboardRefusedException refused) {
            throw new NotFoundException(slug);
        }
        removeAll();
        build();
    }

    private void build() {
        H1 title = new H1(getTranslation("dashboard.editor.title", draft.name(getLocale())));
        title.setId("editor-title");
        Anchor view = new Anchor(DashboardsView.address(draft), getTranslation("dashboard.open"));
        view.setTarget("_blank");
        Paragraph what = new Paragraph(getTranslation(draft.perspective().labelKey())
                + (draft.perspective().publicOnly() ? " · " + getTranslation("dashboard.public-only") : ""));
        what.addClassName("office-who");

        problem.addClassName("form-problem");
        problem.setId("editor-problem");
        problem.getElement().setAttribute("role", "alert");
        note.setLabel(getTranslation("dashboard.note"));
        note.setId("editor-note");
        Button save = new Button(getTranslation("dashboard.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("editor-save");
        Div saveRow = new Div(note, save);
        saveRow.addClassName("form-row");

        layout = new LayoutEditor(kit, actor, draft.layout(), () -> problem.setText(""));
        layout.add(problem, saveRow);
        history = new VersionHistory(this::restore);
        add(title, what, view, settings(), layout, history);
        showVersions();
    }

    private Section settings() {
        nameKo.setLabel(getTranslation("dashboard.name-ko"));
        nameKo.setValue(draft.nameKo());
        nameKo.setId("editor-name-ko");
        nameEn.setLabel(getTranslation("dashboard.name-en"));
        nameEn.setValue(draft.nameEn());
        openToPublic.setLabel(getTranslation("dashboard.open-to-public"));
        openToPublic.setValue(draft.openToPublic());
        openToPublic.setEnabled(!draft.perspective().publicOnly() && draft.perspective() != Perspective.PERSONAL);
        rotateSeconds.setLabel(getTranslation("dashboard.rotate"));
        rotateSeconds.setHelperText(getTranslation("dashboard.rotate.help"));
        rotateSeconds.setMin(5);
        rotateSeconds.setMax(3600);
        rotateSeconds.setValue(draft.rotateSeconds());
        Div settings = new Div(nameKo, nameEn, rotateSeconds, openToPublic);
        settings.addClassName("form-row");
        Section card = new Section(new H2(getTranslation("dashboard.settings")), settings);
        card.addClassName("card");
        return card;
    }

    private void save() {
        Dashboard edited = new Dashboard(
                draft.slug(),
                nameKo.getValue().strip(),
                nameEn.getValue().strip(),
                draft.perspective(),
                draft.departmentCode(),
                draft.owner(),
                openToPublic.getValue(),
                rotateSeconds.getValue(),
                layout.layout(),
                draft.version(),
                draft.updatedBy(),
                draft.updatedAt());
        try {
            draft = kit.dashboards.save(
                    actor,
                    edited,
                    note.getValue().isBlank() ? null : note.getValue().strip());
            problem.setText("");
            note.clear();
            Notification.show(getTranslation("dashboard.saved", draft.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            layout.show(draft.layout());
            showVersions();
        } catch (DashboardRefusedException refused) {
            problem.setText(getTranslation(refused.key(), refused.arguments().toArray()));
        }
    }

    private void restore(int version) {
        try {
            draft = kit.dashboards.restore(actor, draft.slug(), version);
            removeAll();
            build();
            Notification.show(getTranslation("dashboard.restored", version));
        } catch (DashboardRefusedException refused) {
            problem.setText(getTranslation(refused.key(), refused.arguments().toArray()));
        }
    }

    private void showVersions() {
        history.show(kit.dashboards.versions(actor, draft.slug()), draft.version());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.editor.title", draft == null ? "" : draft.name(getLocale())) + " · "
                + getTranslation("app.title");
    }
}
