package kr.seoul.smartcity.citystatus.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SourceProblem;
import kr.seoul.smartcity.citystatus.service.Tile;
import org.jspecify.annotations.Nullable;

/**
 * One indicator at a glance: its value coloured by status, a 24-hour sparkline, where it comes from, how often and
 * as of when; marked "simulated" or "stale" where that is so. Opens the history on click. A new reading of the same
 * indicator is shown in place ({@link #show}), so that a live update sends the browser only what changed.
 */
public class TileCard extends Composite<Div> {

    private final Indicator indicator;
    private final Span simulated;
    private final Span stale;
    private final Span problem;
    private final Span value = new Span();
    private final ApexChart trend = ApexChart.sparkline();
    private final Span source = new Span();
    private String levelClass;
    private @Nullable Tile shown;

    public TileCard(Tile tile, SerializableRunnable onOpen) {
        indicator = tile.indicator();
        Div card = getContent();
        card.addClassName("tile");
        card.getElement().setAttribute("data-indicator", indicator.code());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-label", getTranslation("tile.open", indicator.name(getLocale())));
        card.addClickListener(click -> onOpen.run());
        card.getElement().addEventListener("keydown", key -> onOpen.run()).setFilter("event.key === 'Enter'");

        Span name = new Span(indicator.name(getLocale()));
        name.addClassName("tile-name");
        simulated = badge("tile.simulated", "badge-simulated");
        stale = badge("tile.stale", "badge-stale");
        problem = badge("tile.source-problem", "badge-problem");
        Div header = new Div(name, simulated, stale, problem);
        header.addClassName("tile-header");

        value.addClassName("tile-value");
        Span unit = new Span(Formats.unit(this, indicator));
        unit.addClassName("tile-unit");
        Div reading = new Div(value, unit);
        reading.addClassName("tile-reading");

        trend.addClassName("tile-trend");
        trend.setFractionDigits(indicator.decimals());
        source.addClassName("tile-source");

        card.add(header, reading, trend, source);
        show(tile);
    }

    public String indicatorCode() {
        return indicator.code();
    }

    /**
     * Shows a new reading of this card's indicator. Only what differs from the reading shown is sent: every open
     * dashboard calls this for every tile on every update, and most tiles have not changed.
     */
    public void show(Tile tile) {
        if (tile.equals(shown)) {
            return;
        }
        String level = LevelColours.css(tile.level());
        if (!level.equals(levelClass)) {
            if (levelClass != null) {
                getContent().removeClassName(levelClass);
            }
            getContent().addClassName(level);
            levelClass = level;
        }
        simulated.setVisible(tile.simulated());
        stale.setVisible(tile.stale());
        showProblem(tile.problem());
        if (shown == null || !Objects.equals(tile.value(), shown.value())) {
            value.setText(tile.hasValue() ? Formats.value(indicator, tile.value(), getLocale()) : "–");
        }
        if (shown == null || !tile.trend().equals(shown.trend())) {
            trend.setSeries(indicator.name(getLocale()), tile.trend().stream()
                    .map(point -> new ApexChart.Point(point.at(), point.value())).toList());
        }
        if (shown == null || !Objects.equals(tile.observedAt(), shown.observedAt())) {
            source.setText(indicator.source() + " · " + getTranslation(Formats.frequencyKey(indicator),
                    indicator.updateMinutes()) + (tile.observedAt() == null ? ""
                    : " · " + getTranslation("tile.as-of", Formats.time(tile.observedAt(), getLocale()))));
        }
        shown = tile;
    }

    /** The feed's problem, if it has one: said on the badge's title and to screen readers, with since when. */
    private void showProblem(@Nullable SourceProblem now) {
        problem.setVisible(now != null);
        if (now == null) {
            problem.getElement().removeAttribute("title");
            return;
        }
        String explained = getTranslation("tile.source-problem.since", Formats.time(now.since(), getLocale()),
                now.reason());
        problem.getElement().setAttribute("title", explained);
        problem.getElement().setAttribute("aria-label", getTranslation("tile.source-problem") + ": " + explained);
    }

    private Span badge(String key, String className) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("tile-badge", className);
        return badge;
    }

    public static Div grid(List<TileCard> cards) {
        Div grid = new Div();
        grid.addClassName("tile-grid");
        cards.forEach(grid::add);
        return grid;
    }
}
