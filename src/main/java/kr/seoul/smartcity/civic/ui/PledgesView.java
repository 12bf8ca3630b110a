package kr.seoul.smartcity.civic.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.civic.domain.Pledge;
import kr.seoul.smartcity.civic.service.ProfileService;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;

/** The mayor's pledges (공약 지도): on the map where they have a place, and in a list with their progress and state. */
@Route("civic/pledges")
@AnonymousAllowed
@Menu(order = 9, title = "nav.pledges", icon = "vaadin:flag-o")
public class PledgesView extends Main implements HasDynamicTitle {

    private static final Map<Pledge.Status, String> COLOURS = Map.of(
            Pledge.Status.DONE,
            "#2e7d32",
            Pledge.Status.ON_TRACK,
            "#0b3d91",
            Pledge.Status.DELAYED,
            "#d32f2f",
            Pledge.Status.PLANNED,
            "#9e9e9e");

    PledgesView(
            ProfileService profile, DirectoryService directory, DistrictGeometry geometry, CurrentUser currentUser) {
        addClassNames("page", "pledges-view");
        List<Pledge> pledges = profile.pledges(currentUser.viewer());
        Div summary = summary(pledges);
        CityMap map = map(pledges, geometry);
        Div list = new Div();
        list.setId("pledge-list");
        list.addClassName("project-list");
        for (Pledge pledge : pledges) {
            String department = directory
                    .findDepartment(pledge.departmentCode())
                    .map(d -> d.name(getLocale()))
                    .orElse(pledge.departmentCode());
            list.add(new PledgeCard(pledge, department, COLOURS.get(pledge.status())));
        }
        Div body = new Div(map, list);
        body.addClassName("projects-body");
        add(new H1(getTranslation("nav.pledges")), new Paragraph(getTranslation("pledge.intro")));
        if (profile.showsSampleData()) {
            Paragraph sample = new Paragraph(getTranslation("civic.sample"));
            sample.addClassName("sample-note");
            add(sample);
        }
        add(summary, body);
    }

    /** How many pledges are in each state. */
    private Div summary(List<Pledge> pledges) {
        Map<Pledge.Status, Integer> counts = new EnumMap<>(Pledge.Status.class);
        pledges.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        Div summary = new Div();
        summary.setId("pledge-summary");
        summary.addClassName("pledge-summary");
        for (Pledge.Status status : Pledge.Status.values()) {
            Span count = new Span(getTranslation(status.labelKey()) + " " + counts.getOrDefault(status, 0));
            count.addClassNames("pledge-count");
            count.getStyle().set("--status", COLOURS.get(status));
            summary.add(count);
        }
        return summary;
    }

    /** The pledges that have a place, on the map in their state's colour. */
    private CityMap map(List<Pledge> pledges, DistrictGeometry geometry) {
        CityMap map = new CityMap();
        map.setId("pledge-map");
        map.addClassName("project-map");
        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.setAriaLabel(getTranslation("pledge.map.aria"));
        map.setPoints(
                "pledges",
                pledges.stream()
                        .filter(Pledge::located)
                        .map(p -> new CityMap.MapMarker(
                                p.code(),
                                p.latitude(),
                                p.longitude(),
                                p.title(getLocale()) + " · "
                                        + getTranslation(p.status().labelKey()),
                                COLOURS.get(p.status())))
                        .toList());
        return map;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pledges") + " · " + getTranslation("app.title");
    }
}
