package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.service.AreaStewardship;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * The indicator catalogue (지표 카탈로그): every indicator with its area, owner and disclosure, found by words, area
 * and department. Administrators and the owning department's officials add, edit and retire indicators and approve
 * each other's disclosures; administrators keep the areas; the mayor reads. Updates live when anyone changes it.
 */
@Route("admin/catalog")
@RolesAllowed({Role.Names.ADMIN, Role.Names.OFFICIAL, Role.Names.MAYOR})
@Menu(order = 92.5, title = "nav.admin.catalog", icon = "vaadin:book")
public class CatalogueView extends Main implements HasDynamicTitle {

    private final CatalogueStewardship stewardship;
    private final IndicatorCatalog catalog;
    private final DirectoryService directory;
    private final CatalogueActor actor;
    private final Grid<CatalogueEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<IndicatorArea> area = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Checkbox showRetired = new Checkbox();
    private final List<Department> departments;

    CatalogueView(
            CatalogueStewardship stewardship,
            AreaStewardship areas,
            IndicatorCatalog catalog,
            DirectoryService directory,
            CurrentUser currentUser,
            LiveEventBus events) {
        this.stewardship = stewardship;
        this.catalog = catalog;
        this.directory = directory;
        this.actor = currentUser
                .get()
                .map(user -> new CatalogueActor(user.getUsername(), currentUser.viewer()))
                .orElseThrow();
        this.departments = directory.departments();
        addClassNames("page", "catalogue-view");

        search.setLabel(getTranslation("catalogue.filter.text"));
        search.setPlaceholder(getTranslation("catalogue.filter.text-placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("catalogue-search");
        area.setLabel(getTranslation("catalogue.field.area"));
        area.setItemLabelGenerator(a -> a.name(getLocale()));
        area.setClearButtonVisible(true);
        area.setPlaceholder(getTranslation("catalogue.filter.all"));
        area.setId("catalogue-area-filter");
        department.setLabel(getTranslation("catalogue.field.owningDepartment"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setPlaceholder(getTranslation("catalogue.filter.all"));
        department.setId("catalogue-department-filter");
        showRetired.setLabel(getTranslation("catalogue.filter.retired"));
        showRetired.setId("catalogue-show-retired");
        search.addValueChangeListener(change -> refresh());
        area.addValueChangeListener(change -> refresh());
        department.addValueChangeListener(change -> refresh());
        showRetired.addValueChangeListener(change -> refresh());

        Div toolbar = new Div(search, area, department, showRetired);
        toolbar.addClassName("catalogue-toolbar");
        Div actions = new Div();
        actions.addClassName("catalogue-actions");
        if (stewardship.mayCreate(actor)) {
            Button add = new Button(getTranslation("catalogue.new"), VaadinIcon.PLUS.create(), click -> open(null));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("catalogue-new");
            actions.add(add);
        }
        if (areas.mayEdit(actor)) {
            Button areaButton = new Button(
                    getTranslation("catalogue.areas"),
                    VaadinIcon.TAGS.create(),
                    click -> new AreaEditor(areas, actor, this::refresh).open());
            areaButton.setId("catalogue-areas");
            actions.add(areaButton);
        }

        grid.setId("catalogue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("nav.admin.catalog"));
        grid.addColumn(CatalogueEntry::code)
                .setHeader(getTranslation("catalogue.field.code"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(e -> e.indicator().name(getLocale()))
                .setHeader(getTranslation("catalogue.column.name"))
                .setWidth("12em")
                .setFlexGrow(2)
                .setSortable(true);
        Grid.Column<CatalogueEntry> areaColumn = grid.addColumn(
                        e -> catalog.areaName(e.indicator().area(), getLocale()))
                .setHeader(getTranslation("catalogue.field.area"))
                .setAutoWidth(true)
                .setSortable(true);
        Grid.Column<CatalogueEntry> departmentColumn = grid.addColumn(
                        e -> departmentName(e.indicator().owningDepartment()))
                .setHeader(getTranslation("catalogue.field.owningDepartment"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(this::disclosure)
                .setHeader(getTranslation("catalogue.field.disclosure"))
                .setAutoWidth(true);
        Grid.Column<CatalogueEntry> sourceColumn = grid.addColumn(
                        e -> e.indicator().source())
                .setHeader(getTranslation("catalogue.field.source"))
                .setAutoWidth(true);
        Grid.Column<CatalogueEntry> updatedColumn = grid.addColumn(e -> Formats.dateTime(e.updatedAt()))
                .setHeader(getTranslation("catalogue.column.updated"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addComponentColumn(this::openButton)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setHeader(getTranslation("catalogue.column.open"));
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        // a phone shows code, name, disclosure and the button; the rest is in the editor
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean narrow = details.getWindowInnerWidth() < 700;
            List.of(areaColumn, departmentColumn, sourceColumn, updatedColumn).forEach(c -> c.setVisible(!narrow));
        }));

        Paragraph lead = new Paragraph(
                getTranslation(actor.role() == Role.MAYOR ? "catalogue.lead.read-only" : "catalogue.lead"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.admin.catalog")), lead, actions, toolbar, grid);
        refresh();
        LiveUpdates.follow(grid, events, CatalogueChanged.TOPIC, changed -> refresh());
    }

    private void refresh() {
        area.setItems(catalog.allAreas());
        String words = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<CatalogueEntry> shown = stewardship.entries(actor).stream()
                .filter(e -> showRetired.getValue() || !e.retired())
                .filter(e -> area.getValue() == null
                        || e.indicator().area().equals(area.getValue().code()))
                .filter(e -> department.getValue() == null
                        || e.indicator()
                                .owningDepartment()
                                .equals(department.getValue().code()))
                .filter(e -> words.isEmpty() || matches(e, words))
                .toList();
        grid.setItems(shown);
    }

    private boolean matches(CatalogueEntry entry, String words) {
        String text = String.join(
                        " ",
                        entry.code(),
                        entry.indicator().nameKo(),
                        entry.indicator().nameEn(),
                        entry.indicator().source(),
                        String.valueOf(entry.metadata().summaryKo()),
                        String.valueOf(entry.metadata().summaryEn()))
                .toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private Div disclosure(CatalogueEntry entry) {
        Div cell = new Div();
        cell.addClassName("catalogue-badges");
        if (entry.retired()) {
            cell.add(badge(getTranslation("catalogue.retired-badge"), "badge contrast"));
        }
        cell.add(badge(
                getTranslation(entry.indicator().disclosure().labelKey()),
                switch (entry.indicator().disclosure()) {
                    case PUBLIC -> "badge success";
                    case INTERNAL -> "badge";
                    case RESTRICTED -> "badge error";
                }));
        if (entry.pending() != null) {
            Span pending = badge(
                    getTranslation(
                            "catalogue.pending-badge",
                            getTranslation(entry.pending().disclosure().labelKey())),
                    "badge warning");
            pending.addClassName("catalogue-pending-badge");
            cell.add(pending);
        }
        return cell;
    }

    private Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }

    private Button openButton(CatalogueEntry entry) {
        boolean editable = !entry.retired() && stewardship.mayEdit(actor, entry.indicator());
        Button open = new Button(getTranslation(editable ? "catalogue.edit" : "catalogue.view"), click -> open(entry));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(getTranslation(
                editable ? "catalogue.edit-aria" : "catalogue.view-aria",
                entry.indicator().name(getLocale())));
        open.setId("open-" + entry.code());
        return open;
    }

    private void open(CatalogueEntry entry) {
        CatalogueEntry current = entry == null ? null : stewardship.entry(actor, entry.code());
        new IndicatorEditor(stewardship, catalog, directory, actor, current, this::refresh).open();
    }

    private String departmentName(String code) {
        return departments.stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .map(d -> d.name(getLocale()))
                .orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.catalog") + " · " + getTranslation("app.title");
    }
}
