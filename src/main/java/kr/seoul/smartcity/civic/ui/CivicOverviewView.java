package kr.seoul.smartcity.civic.ui;

import java.util.List;
import java.util.stream.IntStream;

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
import kr.seoul.smartcity.civic.domain.ValueState;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.civic.service.IndexStatus;
import kr.seoul.smartcity.civic.service.ThemeSummary;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Civic-affairs indices at a glance (시정지표): one card per policy theme with its mean achievement and every index
 * against its target in the chosen year. Citizens see public indices and confirmed values; staff also internal
 * indices and values waiting for confirmation.
 */
@Route("civic")
@AnonymousAllowed
@Menu(order = 5, title = "nav.civic", icon = "vaadin:trending-up")
public class CivicOverviewView extends Main implements HasDynamicTitle {

    private final CivicIndexService civic;
    private final Viewer viewer;
    private final Select<Integer> year = new Select<>();
    private final Div themes = new Div();

    CivicOverviewView(CivicIndexService civic, CurrentUser currentUser) {
        this.civic = civic;
        this.viewer = currentUser.viewer();
        addClassNames("page", "civic-overview");

        int latest = civic.latestYear();
        year.setItems(IntStream.rangeClosed(latest - 6, latest)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setValue(latest);
        year.setLabel(getTranslation("civic.year"));
        year.setItemLabelGenerator(y -> getTranslation("civic.year-label", String.valueOf(y)));
        year.setId("civic-year");
        year.addValueChangeListener(change -> show());

        themes.setId("civic-themes");
        themes.addClassName("civic-themes");
        add(new H1(getTranslation("nav.civic")), new Paragraph(getTranslation("civic.intro")));
        if (civic.showsSampleData()) {
            Paragraph sample = new Paragraph(getTranslation("civic.sample"));
            sample.setId("civic-sample-note");
            sample.addClassName("sample-note");
            add(sample);
        }
        add(year, themes);
        show();
    }

    private void show() {
        themes.removeAll();
        List<ThemeSummary> summaries = civic.overview(viewer, year.getValue());
        summaries.forEach(summary -> themes.add(card(summary)));
    }

    private Section card(ThemeSummary summary) {
        H2 title = new H2(getTranslation(summary.theme().labelKey()));
        Span mean = Achievement.badge(summary.meanAchievement(), getLocale());
        mean.addClassName("theme-mean");
        Div bar = new Div();
        bar.addClassName("theme-bar");
        Div fill = new Div();
        fill.addClassNames("theme-bar-fill", "achievement-" + Achievement.level(summary.meanAchievement()));
        fill.setWidth(Math.min(100, summary.meanAchievement() == null ? 0 : summary.meanAchievement()) + "%");
        bar.add(fill);
        Span counts =
                new Span(getTranslation("civic.theme.counts", summary.indices().size(), summary.behind()));
        counts.addClassName("theme-counts");
        Div head = new Div(title, mean);
        head.addClassName("theme-head");
        Div list = new Div();
        list.addClassName("theme-indices");
        summary.indices().forEach(status -> list.add(row(status)));
        Section card = new Section(head, bar, counts, list);
        card.addClassNames("card", "theme-card");
        card.getElement().setAttribute("data-theme", summary.theme().name());
        return card;
    }

    private Div row(IndexStatus status) {
        Anchor name = new Anchor(
                "civic/index/" + status.index().code(), status.index().name(getLocale()));
        name.getElement().setAttribute("router-link", true);
        name.addClassName("index-name");
        Span value = new Span(
                status.value() == null || status.value().actual() == null
                        ? "—"
                        : Achievement.number(status.value().actual(), getLocale()) + " "
                                + status.index().unit());
        value.addClassName("index-value");
        Div row = new Div(name, value, Achievement.badge(status.achievement(), getLocale()));
        if (status.value() != null && status.value().state() == ValueState.ENTERED) {
            Span waiting = new Span(getTranslation("civic.state.ENTERED"));
            waiting.addClassName("index-waiting");
            row.add(waiting);
        }
        row.addClassName("index-row");
        row.getElement().setAttribute("data-index", status.index().code());
        row.getElement()
                .setAttribute("data-disclosure", status.index().disclosure().name());
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.civic") + " · " + getTranslation("app.title");
    }
}
