package kr.seoul.smartcity.civic.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.civic.domain.ProjectSector;
import kr.seoul.smartcity.civic.service.ProjectService;
import kr.seoul.smartcity.civic.service.ProjectSummary;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/** Key city projects (핵심사업) on the map and in a list with their progress; late ones stand out. */
@Route("civic/projects")
@AnonymousAllowed
@Menu(order = 6, title = "nav.projects", icon = "vaadin:road-branches")
public class ProjectsView extends Main implements HasDynamicTitle {

    private final ProjectService projects;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final Select<ProjectSector> sector = new Select<>();
    private final CityMap map = new CityMap();
    private final Div list = new Div();

    ProjectsView(
            ProjectService projects, DirectoryService directory, DistrictGeometry geometry, CurrentUser currentUser) {
        this.projects = projects;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        addClassNames("page", "projects-view");

        sector.setLabel(getTranslation("project.sector"));
        sector.setItems(Arrays.asList(ProjectSector.values()));
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption(getTranslation("project.sector.all"));
        sector.setItemLabelGenerator(
                s -> s == null ? getTranslation("project.sector.all") : getTranslation(s.labelKey()));
        sector.setId("project-sector");
        sector.addValueChangeListener(change -> show());

        map.setId("project-map");
        map.addClassName("project-map");
        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.setAriaLabel(getTranslation("project.map.aria"));
        map.addMarkerClickListener((layer, id) -> map.getUI().ifPresent(ui -> ui.navigate("civic/projects/" + id)));

        list.setId("project-list");
        list.addClassName("project-list");
        Div body = new Div(map, list);
        body.addClassName("projects-body");
        add(new H1(getTranslation("nav.projects")), new Paragraph(getTranslation("project.intro")), sector, body);
        show();
    }

    private void show() {
        List<ProjectSummary> shown = projects.projects(viewer).stream()
                .filter(summary ->
                        sector.getValue() == null || summary.project().sector() == sector.getValue())
                .toList();
        list.removeAll();
        shown.forEach(summary -> list.add(card(summary)));
        map.setPoints(
                "projects",
                shown.stream()
                        .filter(summary -> summary.project().located())
                        .map(summary -> new CityMap.MapMarker(
                                summary.project().code(),
                                summary.project().latitude(),
                                summary.project().longitude(),
                                summary.project().name(getLocale()),
                                summary.delayed() > 0 ? "#d32f2f" : "#0b3d91"))
                        .toList());
    }

    private Section card(ProjectSummary summary) {
        Anchor name = new Anchor(
                "civic/projects/" + summary.project().code(), summary.project().name(getLocale()));
        name.getElement().setAttribute("router-link", true);
        name.addClassName("project-name");
        H2 title = new H2(name);
        Span about = new Span(getTranslation(summary.project().sector().labelKey()) + " · "
                + directory
                        .findDepartment(summary.project().departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(summary.project().departmentCode())
                + " · "
                + getTranslation(
                        "project.budget.short",
                        Achievement.number(summary.project().budgetMillion() / 100.0, getLocale())));
        about.addClassName("project-about");
        Div bar = new Div();
        bar.addClassName("theme-bar");
        Div fill = new Div();
        fill.addClassNames("theme-bar-fill", summary.delayed() > 0 ? "achievement-behind" : "achievement-met");
        fill.setWidth(summary.progress() + "%");
        bar.add(fill);
        Span progress = new Span(getTranslation("project.progress", Achievement.number(summary.progress(), getLocale()))
                + (summary.current() == null ? "" : " · " + summary.current().name(getLocale())));
        progress.addClassName("theme-counts");
        Section card = new Section(title, about, bar, progress);
        if (summary.delayed() > 0) {
            Span late = new Span(getTranslation("project.delayed", summary.delayed()));
            late.addClassNames("achievement", "achievement-behind", "project-late");
            card.add(late);
        }
        card.addClassNames("card", "project-card");
        card.getElement().setAttribute("data-project", summary.project().code());
        card.getElement().setAttribute("data-delayed", String.valueOf(summary.delayed()));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.projects") + " · " + getTranslation("app.title");
    }
}
