package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.service.AreaStewardship;
import kr.seoul.smartcity.citystatus.service.CatalogueActor;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.CatalogueStewardship;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.jspecify.annotations.Nullable;

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
    private final CatalogueFilters filters;
    private final CatalogueGrid grid;

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
        List<Department> departments = directory.departments();
        addClassNames("page", "catalogue-view");
        filters = new CatalogueFilters(departments, this::refresh);
        grid = new CatalogueGrid(stewardship, catalog, actor, departments, this::open);
        Paragraph lead = new Paragraph(
                getTranslation(actor.role() == Role.MAYOR ? "catalogue.lead.read-only" : "catalogue.lead"));
        lead.addClassName("page-lead");
        add(new H1(getTranslation("nav.admin.catalog")), lead, actions(areas), filters, grid);
        refresh();
        LiveUpdates.follow(grid, events, CatalogueChanged.TOPIC, changed -> refresh());
    }

    /** Add an indicator, for those who may; keep the areas, for those who may. */
    private Div actions(AreaStewardship areas) {
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
        return actions;
    }

    private void refresh() {
        filters.setAreas(catalog.allAreas());
        grid.setItems(filters.filter(stewardship.entries(actor)));
    }

    private void open(@Nullable CatalogueEntry entry) {
        CatalogueEntry current = entry == null ? null : stewardship.entry(actor, entry.code());
        new IndicatorEditor(stewardship, catalog, directory, actor, current, this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.catalog") + " · " + getTranslation("app.title");
    }
}
