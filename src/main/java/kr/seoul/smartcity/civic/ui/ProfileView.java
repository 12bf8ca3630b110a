package kr.seoul.smartcity.civic.ui;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.civic.domain.CityStatistic;
import kr.seoul.smartcity.civic.domain.GlobalRanking;
import kr.seoul.smartcity.civic.domain.MediaReport;
import kr.seoul.smartcity.civic.domain.PartnerCity;
import kr.seoul.smartcity.civic.service.ProfileService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Profiles of Seoul (서울의 위상): major statistics, its place in international rankings over the years, what foreign
 * media say, and its sister and friendship cities with the policies they took over from Seoul.
 */
@Route("civic/profile")
@AnonymousAllowed
@Menu(order = 9.5, title = "nav.profile", icon = "vaadin:globe")
public class ProfileView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    ProfileView(ProfileService profile, CurrentUser currentUser) {
        Viewer viewer = currentUser.viewer();
        addClassNames("page", "profile-view");
        add(new H1(getTranslation("nav.profile")), new Paragraph(getTranslation("profile.intro")));
        if (profile.showsSampleData()) {
            Paragraph sample = new Paragraph(getTranslation("civic.sample"));
            sample.addClassName("sample-note");
            add(sample);
        }
        add(
                Card.titled(getTranslation("profile.statistics"), statistics(profile.statistics(viewer))),
                Card.titled(getTranslation("profile.rankings"), rankings(profile.rankings(viewer))),
                Card.titled(getTranslation("profile.partners"), partners(profile.partners(viewer))),
                Card.titled(getTranslation("profile.media"), media(profile.media(viewer, 20))));
    }

    private Div statistics(List<CityStatistic> statistics) {
        Div tiles = new Div();
        tiles.setId("profile-statistics");
        tiles.addClassName("opinion-channels");
        for (CityStatistic statistic : statistics) {
            Span name = new Span(statistic.name(getLocale()));
            name.addClassName("archive-meta-label");
            Span value =
                    new Span(Achievement.number(statistic.value(), getLocale()) + " " + statistic.unit(getLocale()));
            value.addClassName("profile-value");
            Span source = new Span(statistic.year() + " · " + statistic.source());
            source.addClassName("theme-counts");
            Div tile = new Div(name, value, source);
            tile.addClassName("profile-tile");
            tiles.add(tile);
        }
        return tiles;
    }

    /** One row per ranking, one column per year: Seoul's place and out of how many. */
    private Grid<List<GlobalRanking>> rankings(List<GlobalRanking> rankings) {
        Map<String, List<GlobalRanking>> byRanking = new LinkedHashMap<>();
        rankings.forEach(r -> byRanking
                .computeIfAbsent(r.rankingEn(), k -> new java.util.ArrayList<>())
                .add(r));
        TreeSet<Integer> years = new TreeSet<>();
        rankings.forEach(r -> years.add(r.year()));
        Grid<List<GlobalRanking>> grid = new Grid<>();
        grid.setId("profile-rankings");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.getFirst().ranking(getLocale()) + " ("
                        + row.getFirst().publisher() + ")")
                .setHeader(getTranslation("profile.ranking"))
                .setFlexGrow(3);
        for (int year : years) {
            grid.addColumn(row -> row.stream()
                            .filter(r -> r.year() == year)
                            .findFirst()
                            .map(r -> getTranslation("profile.rank", r.rank(), r.outOf()))
                            .orElse("—"))
                    .setHeader(String.valueOf(year))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.setItems(byRanking.values());
        return grid;
    }

    private Div partners(List<PartnerCity> partners) {
        Div list = new Div();
        list.setId("profile-partners");
        list.addClassName("world-list");
        // the list scrolls: a keyboard reaches it and scrolls it with the arrow keys (WCAG 2.1.1)
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("role", "region");
        list.getElement().setAttribute("aria-label", getTranslation("profile.partners"));
        for (PartnerCity city : partners) {
            Span name = new Span(city.name(getLocale()) + " · " + city.country(getLocale()));
            name.addClassName("gantt-name");
            Span kind = new Span(getTranslation(city.kind().labelKey(), city.sinceYear()));
            kind.addClassName("theme-counts");
            Div row = new Div(name, kind);
            if (!city.exports().isEmpty()) {
                Span exports = new Span(getTranslation("profile.exports", String.join(", ", city.exports())));
                exports.addClassName("project-about");
                row.add(exports);
            }
            row.addClassName("project-news-row");
            row.getElement().setAttribute("data-city", city.nameEn());
            list.add(row);
        }
        Div layout = new Div(
                new WorldPlot(
                        partners,
                        getLocale(),
                        getTranslation("profile.seoul"),
                        getTranslation("profile.world.aria"),
                        getTranslation("profile.sister"),
                        getTranslation("profile.friendship")),
                list);
        layout.addClassName("civic-districts");
        return layout;
    }

    private Div media(List<MediaReport> reports) {
        Div list = new Div();
        list.setId("profile-media");
        for (MediaReport report : reports) {
            Anchor link = new Anchor(report.url(), report.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Span meta = new Span(report.outlet() + " (" + report.country() + ") · " + DAY.format(report.publishedOn())
                    + " · " + getTranslation(report.tone().labelKey()));
            meta.addClassName("archive-hit-meta");
            Div row = new Div(link, meta);
            row.addClassName("project-news-row");
            list.add(row);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " · " + getTranslation("app.title");
    }
}
