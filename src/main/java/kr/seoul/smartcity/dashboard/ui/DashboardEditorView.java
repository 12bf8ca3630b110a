package kr.seoul.smartcity.dashboard.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.DashboardVersion;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
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
    private final Tabs pageTabs = new Tabs();
    private final TextField pageTitleKo = new TextField();
    private final TextField pageTitleEn = new TextField();
    private final Div grid = new Div();
    private final Div problem = new Div();
    private final Div versions = new Div();
    private final TextField note = new TextField();
    private Dashboard draft;
    private int page;

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

        nameKo.setLabel(getTranslation("dashboard.name-ko"));
        nameKo.setValue(draft.nameKo());
        nameKo.setId("editor-name-ko");
        nameEn.setLabel(getTranslation("dashboard.name-en"));
        nameEn.setValue(draft.nameEn());
        openToPublic.setLabel(getTranslation("dashboard.open-to-public"));
        openToPublic.setValue(draft.openToPublic());
        openToPublic.setEnabled(!draft.perspective().publicOnly()
                && draft.perspective() != kr.seoul.smartcity.dashboard.domain.Perspective.PERSONAL);
        rotateSeconds.setLabel(getTranslation("dashboard.rotate"));
        rotateSeconds.setHelperText(getTranslation("dashboard.rotate.help"));
        rotateSeconds.setMin(5);
        rotateSeconds.setMax(3600);
        rotateSeconds.setValue(draft.rotateSeconds());
        Div settings = new Div(nameKo, nameEn, rotateSeconds, openToPublic);
        settings.addClassName("form-row");

        pageTabs.addSelectedChangeListener(change -> {
            if (pageTabs.getSelectedIndex() >= 0 && pageTabs.getSelectedIndex() != page) {
                keepPageTitles();
                page = pageTabs.getSelectedIndex();
                showPage();
            }
        });
        Button addPage = new Button(getTranslation("dashboard.page.add"), VaadinIcon.PLUS.create(), click -> addPage());
        addPage.setId("editor-add-page");
        Button removePage = new Button(getTranslation("dashboard.page.remove"), click -> removePage());
        removePage.setId("editor-remove-page");
        pageTitleKo.setLabel(getTranslation("dashboard.page.title-ko"));
        pageTitleEn.setLabel(getTranslation("dashboard.page.title-en"));
        Div pageBar = new Div(pageTabs, addPage, removePage);
        pageBar.addClassName("editor-pages");
        Div pageTitles = new Div(pageTitleKo, pageTitleEn);
        pageTitles.addClassName("form-row");

        grid.addClassNames("dashboard-grid", "editor-grid");
        grid.setId("editor-grid");
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

        Section layout = new Section(new H2(getTranslation("dashboard.layout")), pageBar, pageTitles,
                new Paragraph(getTranslation("dashboard.layout.help")), grid, adder(), problem, saveRow);
        layout.addClassName("card");
        versions.setId("editor-versions");
        Section history = new Section(new H2(getTranslation("dashboard.versions")), versions);
        history.addClassName("card");
        Section settingsCard = new Section(new H2(getTranslation("dashboard.settings")), settings);
        settingsCard.addClassName("card");
        add(title, what, view, settingsCard, layout, history);
        showTabs();
        showPage();
        showVersions();
    }

    private Component adder() {
        Select<WidgetKind> kind = new Select<>();
        kind.setLabel(getTranslation("dashboard.add.kind"));
        kind.setItems(WidgetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(WidgetKind.INDICATOR);
        kind.setId("add-kind");
        ComboBox<Indicator> indicator = new ComboBox<>(getTranslation("dashboard.add.indicator"));
        indicator.setItems(kit.status.indicators(actor.viewer()));
        indicator.setItemLabelGenerator(i -> i.name(getLocale()) + " · " + getTranslation(i.disclosure().labelKey()));
        indicator.setId("add-indicator");
        indicator.setWidth("22em");
        // the whole catalogue goes to the browser, which filters as the administrator types
        indicator.setPageSize(500);
        Select<IndicatorArea> area = new Select<>();
        area.setLabel(getTranslation("dashboard.add.area"));
        area.setItems(kit.status.areas(actor.viewer()));
        area.setItemLabelGenerator(a -> a.name(getLocale()));
        area.setVisible(false);
        area.setId("add-area");
        Select<WidgetForm> form = new Select<>();
        form.setLabel(getTranslation("dashboard.add.form"));
        form.setItems(WidgetForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        form.setValue(WidgetForm.NUMBER);
        form.setId("add-form");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("dashboard.add.language"));
        language.setItems("", "ko", "en");
        language.setItemLabelGenerator(code -> getTranslation("dashboard.language." + (code.isEmpty() ? "all" : code)));
        language.setValue("");
        language.setId("add-language");
        TextField textTitle = new TextField(getTranslation("dashboard.add.text-title"));
        TextArea text = new TextArea(getTranslation("dashboard.add.text"));
        textTitle.setVisible(false);
        text.setVisible(false);
        indicator.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                List<WidgetForm> forms = WidgetForm.forIndicator(change.getValue().perDistrict(),
                        change.getValue().warnAt() != null);
                form.setItems(forms);
                form.setValue(forms.getFirst());
            }
        });
        kind.addValueChangeListener(change -> {
            indicator.setVisible(change.getValue() == WidgetKind.INDICATOR);
            form.setVisible(change.getValue() == WidgetKind.INDICATOR);
            area.setVisible(change.getValue() == WidgetKind.AREA_TILES);
            textTitle.setVisible(change.getValue() == WidgetKind.TEXT);
            text.setVisible(change.getValue() == WidgetKind.TEXT);
        });
        Button add = new Button(getTranslation("dashboard.add"), VaadinIcon.PLUS.create(), click -> {
            problem.setText("");
            WidgetKind chosen = kind.getValue();
            if (chosen == WidgetKind.INDICATOR && indicator.getValue() == null) {
                indicator.setInvalid(true);
                indicator.setErrorMessage(getTranslation("dashboard.add.indicator.required"));
                return;
            }
            if (chosen == WidgetKind.AREA_TILES && area.getValue() == null) {
                area.setInvalid(true);
                area.setErrorMessage(getTranslation("dashboard.add.area.required"));
                return;
            }
            indicator.setInvalid(false);
            Widget widget = new Widget(kit.dashboards.newWidgetId(), chosen,
                    chosen == WidgetKind.INDICATOR ? indicator.getValue().code() : null,
                    chosen == WidgetKind.AREA_TILES ? area.getValue().code() : null,
                    chosen == WidgetKind.INDICATOR ? form.getValue() : WidgetForm.NUMBER,
                    chosen == WidgetKind.INDICATOR && form.getValue() == WidgetForm.MAP ? 7 : 4,
                    chosen == WidgetKind.INDICATOR && form.getValue() == WidgetForm.MAP ? 3 : 1,
                    language.getValue().isEmpty() ? null : language.getValue(),
                    chosen == WidgetKind.TEXT ? textTitle.getValue() : null,
                    chosen == WidgetKind.TEXT ? textTitle.getValue() : null,
                    chosen == WidgetKind.TEXT ? text.getValue() : null,
                    chosen == WidgetKind.TEXT ? text.getValue() : null, null);
            List<Widget> widgets = new ArrayList<>(currentPage().widgets());
            widgets.add(widget);
            replacePage(currentPage().withWidgets(widgets));
        });
        add.setId("add-widget");
        Div row = new Div(kind, indicator, area, form, language, textTitle, text, add);
        row.addClassNames("form-row", "editor-add");
        Section adder = new Section(new H2(getTranslation("dashboard.add.title")), row);
        adder.addClassName("editor-adder");
        return adder;
    }

    private void showTabs() {
        pageTabs.removeAll();
        int n = 1;
        for (DashboardPage p : draft.layout().pages()) {
            String name = p.title(getLocale());
            pageTabs.add(new Tab(name == null || name.isBlank() ? getTranslation("dashboard.page", n) : name));
            n++;
        }
        pageTabs.setSelectedIndex(page);
    }

    private void showPage() {
        DashboardPage current = currentPage();
        pageTitleKo.setValue(current.titleKo() == null ? "" : current.titleKo());
        pageTitleEn.setValue(current.titleEn() == null ? "" : current.titleEn());
        grid.removeAll();
        List<Widget> widgets = current.widgets();
        if (widgets.isEmpty()) {
            grid.add(new Paragraph(getTranslation("dashboard.empty")));
        }
        for (int i = 0; i < widgets.size(); i++) {
            grid.add(box(widgets.get(i), i, widgets.size()));
        }
    }

    /** A widget as the editor shows it: what it is, its size, and the buttons that move, resize or remove it. */
    private Component box(Widget widget, int index, int count) {
        Span handle = new Span("⠿");
        handle.addClassName("editor-handle");
        handle.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(describe(widget));
        label.addClassName("editor-label");
        Span size = new Span(getTranslation("dashboard.size", widget.width(), widget.height())
                + (widget.language() == null ? "" : " · " + getTranslation("dashboard.language." + widget.language())));
        size.addClassName("editor-size");
        Div head = new Div(handle, label);
        head.addClassName("editor-box-head");

        Button earlier = small(VaadinIcon.ARROW_LEFT, "dashboard.move.earlier", widget, () -> move(index, index - 1));
        earlier.setEnabled(index > 0);
        Button later = small(VaadinIcon.ARROW_RIGHT, "dashboard.move.later", widget, () -> move(index, index + 1));
        later.setEnabled(index < count - 1);
        Button narrower = small(VaadinIcon.COMPRESS, "dashboard.narrower", widget,
                () -> resize(index, widget.width() - 1, widget.height()));
        narrower.setEnabled(widget.width() > 2);
        Button wider = small(VaadinIcon.EXPAND, "dashboard.wider", widget,
                () -> resize(index, widget.width() + 1, widget.height()));
        wider.setEnabled(widget.width() < Widget.COLUMNS);
        Button shorter = small(VaadinIcon.ANGLE_UP, "dashboard.shorter", widget,
                () -> resize(index, widget.width(), widget.height() - 1));
        shorter.setEnabled(widget.height() > 1);
        Button taller = small(VaadinIcon.ANGLE_DOWN, "dashboard.taller", widget,
                () -> resize(index, widget.width(), widget.height() + 1));
        taller.setEnabled(widget.height() < 3);
        Button remove = small(VaadinIcon.TRASH, "dashboard.remove", widget, () -> remove(index));
        remove.addClassName("editor-remove");
        Div tools = new Div(earlier, later, narrower, wider, shorter, taller, remove);
        tools.addClassName("editor-tools");

        Div box = new Div(head, size);
        if (widget.kind() == WidgetKind.INDICATOR && widget.indicator() != null) {
            kit.status.indicator(actor.viewer(), widget.indicator()).ifPresent(indicator -> {
                Select<WidgetForm> form = new Select<>();
                form.setItems(WidgetForm.forIndicator(indicator.perDistrict(), indicator.warnAt() != null));
                form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
                form.setValue(widget.form());
                form.setAriaLabel(getTranslation("widget.form", describe(widget)));
                form.addClassName("editor-form");
                form.addValueChangeListener(change -> replaceWidget(index, widget.withForm(change.getValue())));
                box.add(form);
            });
        }
        box.add(tools);
        box.addClassNames("editor-box", "widget", "w-" + widget.width(), "h-" + widget.height());
        box.getElement().setAttribute("data-widget", widget.id());
        box.getElement().setAttribute("data-index", String.valueOf(index));
        DragSource<Div> drag = DragSource.create(box);
        drag.setDragData(index);
        DropTarget<Div> drop = DropTarget.create(box);
        drop.addDropListener(dropped -> dropped.getDragData().ifPresent(from -> move((Integer) from, index)));
        return box;
    }

    private String describe(Widget widget) {
        return switch (widget.kind()) {
            case INDICATOR -> kit.status.indicator(actor.viewer(), String.valueOf(widget.indicator()))
                    .map(i -> i.name(getLocale()) + " · " + getTranslation(widget.form().labelKey()))
                    .orElse(String.valueOf(widget.indicator()));
            case AREA_TILES -> getTranslation(widget.kind().labelKey()) + " · " + kit.status
                    .area(String.valueOf(widget.area())).map(a -> a.name(getLocale())).orElse("");
            case TEXT -> getTranslation(widget.kind().labelKey()) + (widget.title(getLocale()) == null ? ""
                    : " · " + widget.title(getLocale()));
            default -> getTranslation(widget.kind().labelKey());
        };
    }

    private Button small(VaadinIcon icon, String key, Widget widget, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(key, describe(widget)));
        button.setTooltipText(getTranslation(key, describe(widget)));
        button.addClassName("editor-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    private void move(int from, int to) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        if (from == to || from < 0 || to < 0 || from >= widgets.size() || to >= widgets.size()) {
            return;
        }
        widgets.add(to, widgets.remove(from));
        replacePage(currentPage().withWidgets(widgets));
    }

    private void resize(int index, int width, int height) {
        replaceWidget(index, currentPage().widgets().get(index).withSize(width, height));
    }

    private void remove(int index) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        widgets.remove(index);
        replacePage(currentPage().withWidgets(widgets));
    }

    private void replaceWidget(int index, Widget widget) {
        List<Widget> widgets = new ArrayList<>(currentPage().widgets());
        widgets.set(index, widget);
        replacePage(currentPage().withWidgets(widgets));
    }

    private void addPage() {
        keepPageTitles();
        List<DashboardPage> pages = new ArrayList<>(draft.layout().pages());
        pages.add(new DashboardPage(null, null, List.of()));
        draft = draft.withLayout(new Layout(pages));
        page = pages.size() - 1;
        showTabs();
        showPage();
    }

    private void removePage() {
        List<DashboardPage> pages = new ArrayList<>(draft.layout().pages());
        if (pages.size() < 2) {
            return;
        }
        pages.remove(page);
        draft = draft.withLayout(new Layout(pages));
        page = Math.max(0, page - 1);
        showTabs();
        showPage();
    }

    private void keepPageTitles() {
        DashboardPage current = currentPage();
        String ko = pageTitleKo.getValue().isBlank() ? null : pageTitleKo.getValue().strip();
        String en = pageTitleEn.getValue().isBlank() ? null : pageTitleEn.getValue().strip();
        if (!java.util.Objects.equals(ko, current.titleKo()) || !java.util.Objects.equals(en, current.titleEn())) {
            List<DashboardPage> pages = new ArrayList<>(draft.layout().pages());
            pages.set(page, new DashboardPage(ko, en, current.widgets()));
            draft = draft.withLayout(new Layout(pages));
        }
    }

    private DashboardPage currentPage() {
        return draft.layout().pages().get(Math.min(page, draft.layout().pages().size() - 1));
    }

    private void replacePage(DashboardPage replaced) {
        List<DashboardPage> pages = new ArrayList<>(draft.layout().pages());
        pages.set(page, replaced);
        draft = draft.withLayout(new Layout(pages));
        showPage();
    }

    private void save() {
        keepPageTitles();
        Dashboard edited = new Dashboard(draft.slug(), nameKo.getValue().strip(), nameEn.getValue().strip(),
                draft.perspective(), draft.departmentCode(), draft.owner(), openToPublic.getValue(),
                rotateSeconds.getValue(), draft.layout(), draft.version(), draft.updatedBy(), draft.updatedAt());
        try {
            draft = kit.dashboards.save(actor, edited, note.getValue().isBlank() ? null : note.getValue().strip());
            problem.setText("");
            note.clear();
            Notification.show(getTranslation("dashboard.saved", draft.version()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showTabs();
            showPage();
            showVersions();
        } catch (DashboardRefusedException refused) {
            problem.setText(getTranslation(refused.key(), refused.arguments().toArray()));
        }
    }

    private void showVersions() {
        versions.removeAll();
        for (DashboardVersion version : kit.dashboards.versions(actor, draft.slug())) {
            Span what = new Span("v" + version.version() + " · " + version.changedBy() + " · "
                    + Formats.time(version.changedAt(), getLocale())
                    + (version.note() == null || version.note().isBlank() ? "" : " · " + version.note()));
            Div row = new Div(what);
            row.addClassName("version-row");
            row.getElement().setAttribute("data-version", String.valueOf(version.version()));
            if (version.version() != draft.version()) {
                Button restore = new Button(getTranslation("dashboard.restore"), click -> {
                    try {
                        draft = kit.dashboards.restore(actor, draft.slug(), version.version());
                        page = 0;
                        removeAll();
                        build();
                        Notification.show(getTranslation("dashboard.restored", version.version()));
                    } catch (DashboardRefusedException refused) {
                        problem.setText(getTranslation(refused.key(), refused.arguments().toArray()));
                    }
                });
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                restore.addClassName("version-restore");
                row.add(restore);
            }
            versions.add(row);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.editor.title", draft == null ? "" : draft.name(getLocale())) + " · "
                + getTranslation("app.title");
    }
}
