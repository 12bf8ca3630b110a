package kr.seoul.smartcity.civic.ui;

import java.time.LocalDate;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.civic.domain.Channel;
import kr.seoul.smartcity.civic.domain.TopicWeek;
import kr.seoul.smartcity.civic.service.BureauStatus;
import kr.seoul.smartcity.civic.service.OpinionService;
import kr.seoul.smartcity.civic.service.TopicTrend;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;

/**
 * Citizens' voices in figures (시민의 목소리): complaints and petitions per day by channel, their handling per bureau
 * with the overdue ones flagged, and the week's topics with their tone and keywords.
 */
@Route("civic/opinions")
@AnonymousAllowed
@Menu(order = 8, title = "nav.opinions", icon = "vaadin:comments")
public class OpinionsView extends Main implements HasDynamicTitle {

    static final int DAYS = 30;
    static final int WEEKS = 12;

    private final DirectoryService directory;

    OpinionsView(OpinionService opinions, DirectoryService directory, CurrentUser currentUser) {
        this.directory = directory;
        Viewer viewer = currentUser.viewer();
        addClassNames("page", "opinions-view");
        add(new H1(getTranslation("nav.opinions")), new Paragraph(getTranslation("opinion.intro")));
        if (!opinions.hasFigures()) {
            add(new Paragraph(getTranslation("opinion.none")));
            return;
        }
        add(
                Card.titled(
                        getTranslation("opinion.channels", DAYS), channels(opinions.receivedByChannel(viewer, DAYS))),
                Card.titled(getTranslation("opinion.bureaus", DAYS), bureaus(opinions.bureaus(viewer, DAYS))),
                Card.titled(getTranslation("opinion.topics", WEEKS), topics(opinions.topics(viewer, WEEKS))));
    }

    private Div channels(Map<Channel, Map<LocalDate, Integer>> series) {
        Div grid = new Div();
        grid.setId("opinion-channels");
        grid.addClassName("opinion-channels");
        series.forEach((channel, perDay) -> {
            int total = perDay.values().stream().mapToInt(Integer::intValue).sum();
            H3 name = new H3(getTranslation(channel.labelKey()));
            Span sum = new Span(getTranslation("opinion.total", Achievement.number((double) total, getLocale())));
            sum.addClassName("opinion-total");
            ApexChart chart = ApexChart.line();
            chart.setHeight("130px");
            chart.setFractionDigits(0);
            chart.setUnit(getTranslation("opinion.unit"));
            chart.setSeries(
                    getTranslation("opinion.received"),
                    perDay.entrySet().stream()
                            .map(e -> new ApexChart.Point(
                                    e.getKey().atStartOfDay(Seoul.ZONE).toInstant(), e.getValue()))
                            .toList());
            chart.setAriaLabel(getTranslation("opinion.channel.aria", getTranslation(channel.labelKey())));
            Div cell = new Div(name, sum, chart);
            cell.addClassName("opinion-channel");
            cell.getElement().setAttribute("data-channel", channel.name());
            grid.add(cell);
        });
        return grid;
    }

    private Grid<BureauStatus> bureaus(List<BureauStatus> statuses) {
        Grid<BureauStatus> grid = new Grid<>();
        grid.setId("opinion-bureaus");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> directory
                        .findDepartment(s.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(s.departmentCode()))
                .setHeader(getTranslation("opinion.bureau"))
                .setFlexGrow(2);
        grid.addColumn(s -> Achievement.number((double) s.received(), getLocale()))
                .setHeader(getTranslation("opinion.received"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(s -> Achievement.percent(100 * s.handledShare(), getLocale()))
                .setHeader(getTranslation("opinion.handled"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(s -> {
                    Span overdue = new Span(Achievement.number((double) s.overdue(), getLocale()));
                    overdue.addClassNames("achievement", s.flagged() ? "achievement-behind" : "achievement-met");
                    if (s.flagged()) {
                        overdue.getElement().setAttribute("title", getTranslation("opinion.overdue.help"));
                    }
                    return overdue;
                })
                .setHeader(getTranslation("opinion.overdue"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(statuses);
        grid.setPartNameGenerator(s -> s.flagged() ? "overdue" : null);
        grid.getElement().setAttribute("aria-label", getTranslation("opinion.bureaus", DAYS));
        return grid;
    }

    private Div topics(List<TopicTrend> trends) {
        Div grid = new Div();
        grid.setId("opinion-topics");
        grid.addClassName("opinion-topics");
        for (TopicTrend trend : trends) {
            TopicWeek latest = trend.latest();
            H3 name = new H3(latest.topic(getLocale()));
            double change = trend.change();
            Span volume =
                    new Span(getTranslation("opinion.volume", Achievement.number((double) latest.volume(), getLocale()))
                            + " (" + (change >= 0 ? "+" : "") + Achievement.number(change, getLocale()) + "%)");
            volume.addClassName("opinion-total");
            Div tone = new Div();
            tone.addClassName("opinion-tone");
            Div positive = new Div();
            positive.addClassName("tone-positive");
            positive.setWidth(String.format(Locale.ROOT, "%.1f%%", latest.positive() * 100));
            Div negative = new Div();
            negative.addClassName("tone-negative");
            negative.setWidth(String.format(Locale.ROOT, "%.1f%%", latest.negative() * 100));
            tone.add(positive, negative);
            Span toneText = new Span(getTranslation(
                    "opinion.tone", Math.round(latest.positive() * 100), Math.round(latest.negative() * 100)));
            toneText.addClassName("theme-counts");
            Div keywords = new Div();
            keywords.addClassName("opinion-keywords");
            latest.keywords().forEach(word -> {
                Span chip = new Span(word);
                chip.addClassName("keyword");
                keywords.add(chip);
            });
            ApexChart spark = ApexChart.sparkline();
            spark.setSeries(
                    latest.topic(getLocale()),
                    trend.weeks().stream()
                            .map(w -> new ApexChart.Point(
                                    w.weekStart().atStartOfDay(Seoul.ZONE).toInstant(), w.volume()))
                            .toList());
            spark.setAriaLabel(trendInWords(trend));
            Div card = new Div(name, volume, spark, tone, toneText, keywords);
            card.addClassName("opinion-topic");
            card.getElement()
                    .setAttribute("data-disclosure", latest.disclosure().name());
            grid.add(card);
        }
        return grid;
    }

    /** The sparkline in words: "대중교통 주간 의견 12주: 120 → 145건, 최저 90건, 최고 160건". */
    private String trendInWords(TopicTrend trend) {
        IntSummaryStatistics volumes =
                trend.weeks().stream().mapToInt(TopicWeek::volume).summaryStatistics();
        return getTranslation(
                "opinion.trend.aria",
                trend.latest().topic(getLocale()),
                trend.weeks().size(),
                trend.weeks().getFirst().volume(),
                trend.latest().volume(),
                volumes.getMin(),
                volumes.getMax());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.opinions") + " · " + getTranslation("app.title");
    }
}
