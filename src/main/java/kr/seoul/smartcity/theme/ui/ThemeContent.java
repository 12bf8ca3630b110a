package kr.seoul.smartcity.theme.ui;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.ui.map.CityMap;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.ui.IndicatorDialog;
import kr.seoul.smartcity.citystatus.ui.TileCard;
import kr.seoul.smartcity.civic.service.ProjectSummary;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.service.ThemePage;

/**
 * What a theme shows, below its title: its introduction, the live tiles of its indicators, its key projects with
 * their progress, its places on the map with the same places as a list beside it (for screen readers and for anyone
 * the map does not suit), and its documents in the archive. On the kiosk ({@code linked} false) projects and
 * documents are named without links, so a touch never leaves the kiosk.
 */
class ThemeContent extends Div {

    private final CityStatusService status;
    private final Viewer viewer;
    private final boolean linked;

    ThemeContent(ThemePage page, CityStatusService status, DistrictGeometry geometry, Viewer viewer, boolean linked) {
        this.status = status;
        this.viewer = viewer;
        this.linked = linked;
        addClassName("theme-content");
        Paragraph intro = new Paragraph(page.theme().intro(getLocale()));
        intro.addClassName("theme-intro");
        intro.setId("theme-intro");
        add(intro);
        if (!page.indicators().isEmpty()) {
            add(indicators(page.indicators()));
        }
        if (!page.projects().isEmpty()) {
            add(projects(page.projects()));
        }
        if (!page.places().isEmpty()) {
            add(places(page.places(), geometry));
        }
        if (!page.documents().isEmpty()) {
            add(documents(page.documents()));
        }
        if (page.isEmpty()) {
            add(new Paragraph(getTranslation("theme.empty")));
        }
    }

    private Section section(String id, String headingKey) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.addClassName("theme-section");
        return section;
    }

    private Section indicators(List<ThemePage.IndicatorEntry> entries) {
        Section section = section("theme-indicators", "theme.section.indicators");
        Div tiles = new Div();
        tiles.addClassName("theme-tiles");
        for (ThemePage.IndicatorEntry entry : entries) {
            TileCard card = new TileCard(
                    entry.tile(),
                    () -> new IndicatorDialog(status, viewer, entry.tile().indicator(), "").open());
            Div cell = new Div(card);
            cell.addClassName("theme-indicator");
            note(entry.item()).ifPresent(cell::add);
            tiles.add(cell);
        }
        section.add(tiles);
        return section;
    }

    private Section projects(List<ThemePage.ProjectEntry> entries) {
        Section section = section("theme-projects", "theme.section.projects");
        Div list = new Div();
        list.addClassName("theme-projects");
        NumberFormat percent = NumberFormat.getNumberInstance(getLocale());
        percent.setMaximumFractionDigits(0);
        for (ThemePage.ProjectEntry entry : entries) {
            ProjectSummary summary = entry.summary();
            String projectName = summary.project().name(getLocale());
            Span progress = new Span(getTranslation("theme.project.progress", percent.format(summary.progress()))
                    + (summary.delayed() > 0
                            ? " · " + getTranslation("theme.project.delayed", summary.delayed())
                            : ""));
            Section card = new Section(
                    new H3(link("civic/projects/" + summary.project().code(), projectName)),
                    progressBar(summary, projectName, percent),
                    progress);
            note(entry.item()).ifPresent(card::add);
            card.addClassNames("card", "theme-project");
            card.getElement().setAttribute("data-project", summary.project().code());
            list.add(card);
        }
        section.add(list);
        return section;
    }

    private Div progressBar(ProjectSummary summary, String projectName, NumberFormat percent) {
        Div bar = new Div();
        bar.addClassName("theme-bar");
        bar.getElement().setAttribute("role", "progressbar");
        bar.getElement().setAttribute("aria-valuemin", "0");
        bar.getElement().setAttribute("aria-valuemax", "100");
        bar.getElement().setAttribute("aria-valuenow", percent.format(summary.progress()));
        bar.getElement().setAttribute("aria-label", getTranslation("theme.project.progress.aria", projectName));
        Div fill = new Div();
        fill.addClassNames("theme-bar-fill", summary.delayed() > 0 ? "achievement-behind" : "achievement-met");
        fill.setWidth(Math.max(0, Math.min(100, summary.progress())) + "%");
        bar.add(fill);
        return bar;
    }

    private Section places(List<ThemeItem> places, DistrictGeometry geometry) {
        Section section = section("theme-places", "theme.section.places");
        CityMap map = new CityMap();
        map.setId("theme-map");
        map.addClassName("theme-map");
        map.setNameProperty(AppLanguage.of(getLocale()) == AppLanguage.KOREAN ? "name" : "nameEn");
        map.setDistricts(geometry.districtsGeoJson());
        geometry.attribution().ifPresent(source -> map.setAttribution(getTranslation("map.attribution", source)));
        map.setAriaLabel(getTranslation("theme.map.aria"));
        OrderedList list = new OrderedList();
        list.setId("theme-place-list");
        list.addClassName("theme-place-list");
        List<CityMap.MapMarker> markers = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            ThemeItem place = places.get(i);
            markers.add(new CityMap.MapMarker(
                    "place-" + i, place.latitude(), place.longitude(), place.placeName(), "#0b3d91"));
            Span name = new Span(place.placeName());
            name.addClassName("theme-place-name");
            ListItem row = new ListItem(name);
            note(place).ifPresent(row::add);
            row.getElement().setAttribute("data-place", place.placeName());
            list.add(row);
        }
        map.setPoints("places", markers);
        Div body = new Div(map, list);
        body.addClassName("theme-places");
        section.add(body);
        return section;
    }

    private Section documents(List<ThemePage.DocumentEntry> entries) {
        Section section = section("theme-documents", "theme.section.documents");
        UnorderedList list = new UnorderedList();
        list.addClassName("theme-documents");
        for (ThemePage.DocumentEntry entry : entries) {
            ListItem row = new ListItem(
                    link(
                            "archive/item/" + entry.document().id(),
                            entry.document().title()),
                    new Span(" · " + entry.document().issuedOn()));
            note(entry.item()).ifPresent(row::add);
            row.getElement()
                    .setAttribute(
                            "data-document", String.valueOf(entry.document().id()));
            list.add(row);
        }
        section.add(list);
        return section;
    }

    private Component link(String route, String text) {
        if (!linked) {
            return new Span(text);
        }
        Anchor link = new Anchor(route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private Optional<Span> note(ThemeItem item) {
        String text = item.note(getLocale());
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Span note = new Span(text);
        note.addClassName("theme-note");
        return Optional.of(note);
    }
}
