package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Department;

/**
 * The catalogue's entries with their code, name, area, owner, disclosure, source and last change, each with a button
 * that opens it; a phone shows code, name, disclosure and the button, the rest is in the editor.
 */
class CatalogueGrid extends Grid<CatalogueEntry> {

    private final CatalogueStewardship stewardship;
    private final CatalogueActor actor;
    private final List<Department> departments;
    private final Consumer<CatalogueEntry> open;

    /** @param open opens an entry in the editor */
    CatalogueGrid(
            CatalogueStewardship stewardship,
            IndicatorCatalog catalog,
            CatalogueActor actor,
            List<Department> departments,
            Consumer<CatalogueEntry> open) {
        this.stewardship = stewardship;
        this.actor = actor;
        this.departments = departments;
        this.open = open;
        setId("catalogue-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("nav.admin.catalog"));
        List<Column<CatalogueEntry>> wideOnly = addColumns(catalog);
        addItemDoubleClickListener(click -> open.accept(click.getItem()));
        setAllRowsVisible(true);
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean narrow = details.getWindowInnerWidth() < 700;
            wideOnly.forEach(c -> c.setVisible(!narrow));
        }));
    }

    /** Adds the columns; returns those a phone leaves out. */
    private List<Column<CatalogueEntry>> addColumns(IndicatorCatalog catalog) {
        addColumn(CatalogueEntry::code)
                .setHeader(getTranslation("catalogue.field.code"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true);
        addColumn(e -> e.indicator().name(getLocale()))
                .setHeader(getTranslation("catalogue.column.name"))
                .setWidth("12em")
                .setFlexGrow(2)
                .setSortable(true);
        Column<CatalogueEntry> areaColumn = addColumn(
                        e -> catalog.areaName(e.indicator().area(), getLocale()))
                .setHeader(getTranslation("catalogue.field.area"))
                .setAutoWidth(true)
                .setSortable(true);
        Column<CatalogueEntry> departmentColumn = addColumn(
                        e -> departmentName(e.indicator().owningDepartment()))
                .setHeader(getTranslation("catalogue.field.owningDepartment"))
                .setAutoWidth(true)
                .setSortable(true);
        addComponentColumn(DisclosureBadges::new)
                .setHeader(getTranslation("catalogue.field.disclosure"))
                .setAutoWidth(true);
        Column<CatalogueEntry> sourceColumn = addColumn(e -> e.indicator().source())
                .setHeader(getTranslation("catalogue.field.source"))
                .setAutoWidth(true);
        Column<CatalogueEntry> updatedColumn = addColumn(e -> Formats.dateTime(e.updatedAt()))
                .setHeader(getTranslation("catalogue.column.updated"))
                .setAutoWidth(true)
                .setSortable(true);
        addComponentColumn(this::openButton)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setHeader(getTranslation("catalogue.column.open"));
        return List.of(areaColumn, departmentColumn, sourceColumn, updatedColumn);
    }

    private Button openButton(CatalogueEntry entry) {
        boolean editable = !entry.retired() && stewardship.mayEdit(actor, entry.indicator());
        Button button =
                new Button(getTranslation(editable ? "catalogue.edit" : "catalogue.view"), click -> open.accept(entry));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(
                editable ? "catalogue.edit-aria" : "catalogue.view-aria",
                entry.indicator().name(getLocale())));
        button.setId("open-" + entry.code());
        return button;
    }

    private String departmentName(String code) {
        return departments.stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .map(d -> d.name(getLocale()))
                .orElse(code);
    }
}
