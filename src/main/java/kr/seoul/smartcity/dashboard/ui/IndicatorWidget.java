package kr.seoul.smartcity.dashboard.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.ChartMark;
import kr.seoul.smartcity.citystatus.service.Tile;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.citystatus.ui.IndicatorDialog;
import kr.seoul.smartcity.citystatus.ui.TileCard;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DayCharts;
import org.jspecify.annotations.Nullable;

/**
 * One indicator in a chosen form: a number with its trend, a line, area or bar chart of the last 24 hours with the
 * events that touched it, a ranking of the districts, a gauge against its levels, or a table. The reader switches
 * among the forms that suit the indicator; every form says where the number comes from, how often it comes and as
 * of when, and whether it is simulated or stale. The menu (⋯) holds the history, downloads, what the number is,
 * a report of a problem with it, the embed code and the pin.
 */
class IndicatorWidget extends Composite<Section> implements WidgetView {

    private static final String MARK_ALERT = "#c62828";
    private static final String MARK_INCIDENT = "#6a1b9a";
    private static final String MARK_DIRECTIVE = "#0b3d91";
    private static final String MARK_NOTICE = "#00695c";

    private final WidgetToolkit kit;
    private final DashboardActor reader;
    private final Widget widget;
    private final Indicator indicator;
    private final Dashboard dashboard;
    private final Div body = new Div();
    private final Span footer = new Span();
    private final Span simulated = badge("tile.simulated", "badge-simulated");
    private final Span stale = badge("tile.stale", "badge-stale");
    private WidgetForm form;
    private @Nullable String district;
    private @Nullable TileCard tile;
    private @Nullable ApexChart chart;

    IndicatorWidget(
            WidgetToolkit kit,
            DashboardActor reader,
            Dashboard dashboard,
            Widget widget,
            Indicator indicator,
            boolean compact) {
        this.kit = kit;
        this.reader = reader;
        this.widget = widget;
        this.indicator = indicator;
        this.dashboard = dashboard;
        this.form = widget.form();
        Section card = getContent();
        card.addClassNames("card", "indicator-widget");
        card.getElement().setAttribute("data-indicator", indicator.code());

        String title = Optional.ofNullable(widget.title(getLocale()))
                .filter(t -> !t.isBlank())
                .orElse(indicator.name(getLocale()));
        List<WidgetForm> forms = WidgetForm.forIndicator(indicator.perDistrict(), indicator.warnAt() != null).stream()
                .filter(f -> f != WidgetForm.MAP)
                .toList();
        WidgetHeader header = new WidgetHeader(
                title,
                compact,
                forms,
                form,
                chosen -> {
                    form = chosen;
                    draw();
                },
                () -> new WidgetActions(kit, reader, dashboard, widget, indicator, district, currentTile()).open());
        body.addClassName("widget-body");
        footer.addClassName("tile-source");
        Div foot = new Div(footer, simulated, stale);
        foot.addClassName("widget-footer");
        card.add(header, body, foot);
        draw();
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public void refresh() {
        Tile now = currentTile();
        if (form == WidgetForm.NUMBER && tile != null) {
            tile.show(now);
        } else if (chart != null) {
            fillChart(chart);
        } else {
            drawBody(now);
        }
        showFooter(now);
    }

    @Override
    public void showDistrict(@Nullable String districtCode) {
        if (!indicator.perDistrict() || java.util.Objects.equals(district, districtCode)) {
            return;
        }
        district = districtCode;
        draw();
    }

    private void draw() {
        Tile now = currentTile();
        drawBody(now);
        showFooter(now);
    }

    private void drawBody(Tile now) {
        body.removeAll();
        tile = null;
        chart = null;
        getContent().getElement().setAttribute("data-form", form.name());
        if (district == null) {
            getContent().getElement().removeAttribute("data-district");
        } else {
            getContent().getElement().setAttribute("data-district", district);
        }
        switch (form) {
            case NUMBER -> {
                tile = new TileCard(now, () -> history());
                body.add(tile);
            }
            case LINE, AREA, BAR -> {
                chart = ApexChart.line();
                chart.setStyle(
                        form == WidgetForm.BAR
                                ? ApexChart.Style.BAR
                                : form == WidgetForm.AREA ? ApexChart.Style.AREA : ApexChart.Style.LINE);
                chart.setUnit(Formats.unit(this, indicator));
                chart.setFractionDigits(indicator.decimals());
                chart.setNoDataText(getTranslation("history.no-data"));
                chart.setHeight(160 + 80 * (widget.height() - 1) + "px");
                body.add(chart);
                fillChart(chart);
            }
            case RANKING -> body.add(ranking());
            case GAUGE -> body.add(new IndicatorGauge(indicator, now));
            case TABLE -> body.add(new IndicatorTable(indicator, district, kit, reader.viewer()));
            case MAP -> body.add(ranking()); // a map form is drawn by the map widget; here the ranking stands in
        }
    }

    private void fillChart(ApexChart target) {
        DayCharts.DayChart day = kit.dayCharts.of(reader.viewer(), indicator, district, getLocale());
        List<SeriesPoint> points = day.points();
        target.setSeries(
                indicator.name(getLocale()),
                points.stream().map(p -> new ApexChart.Point(p.at(), p.value())).toList());
        List<ChartMark> marks = day.marks();
        target.setMarks(marks.stream()
                .map(mark -> new ApexChart.Mark(
                        mark.at(),
                        getTranslation(mark.kind().labelKey()),
                        switch (mark.kind()) {
                            case ALERT -> MARK_ALERT;
                            case DIRECTIVE -> MARK_DIRECTIVE;
                            case INCIDENT -> MARK_INCIDENT;
                            case NOTICE -> MARK_NOTICE;
                        }))
                .toList());
        String place = district == null ? getTranslation("district.city") : Formats.district(district, getLocale());
        target.setAriaLabel(getTranslation("widget.chart.aria", indicator.name(getLocale()), place, describe(points)));
        if (body.getComponentCount() > 1) {
            body.remove(body.getComponentAt(1));
        }
        if (!marks.isEmpty()) {
            OrderedList events = new OrderedList();
            events.addClassName("widget-marks");
            events.getElement().setAttribute("aria-label", getTranslation("widget.marks"));
            marks.forEach(mark -> events.add(new ListItem(Formats.time(mark.at(), getLocale()) + " · "
                    + getTranslation(mark.kind().labelKey()) + " · " + mark.text())));
            body.add(events);
        }
    }

    /** "21 → 88, highest 90": the chart in words, for screen readers. */
    private String describe(List<SeriesPoint> points) {
        if (points.isEmpty()) {
            return getTranslation("history.no-data");
        }
        double max = points.stream().mapToDouble(SeriesPoint::value).max().orElse(0);
        return getTranslation(
                "widget.chart.summary",
                value(points.getFirst().value()),
                value(points.getLast().value()),
                value(max),
                Formats.unit(this, indicator));
    }

    private DistrictRanking ranking() {
        return new DistrictRanking(indicator, kit.status.byDistrict(reader.viewer(), indicator.code()), district);
    }

    private void showFooter(Tile now) {
        footer.setText(indicator.source() + " · "
                + getTranslation(Formats.frequencyKey(indicator), indicator.updateMinutes())
                + (now.observedAt() == null
                        ? ""
                        : " · " + getTranslation("tile.as-of", Formats.time(now.observedAt(), getLocale()))));
        simulated.setVisible(now.simulated());
        stale.setVisible(now.stale());
        getContent().getElement().setAttribute("data-value", now.hasValue() ? value(now.value()) : "");
    }

    private Tile currentTile() {
        return kit.status
                .tile(reader.viewer(), indicator.code(), district)
                .orElseGet(() -> Tile.of(indicator, null, List.of(), kit.clock.instant()));
    }

    private void history() {
        new IndicatorDialog(kit.status, reader.viewer(), indicator, district == null ? "" : district).open();
    }

    private String value(double number) {
        return Formats.value(indicator, number, getLocale());
    }

    private Span badge(String key, String className) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("tile-badge", className);
        badge.setVisible(false);
        return badge;
    }
}
