package kr.seoul.smartcity.citystatus.ui;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.Tile;

/**
 * One indicator at a glance: its value coloured by status, a 24-hour sparkline, where it comes from, how often and
 * as of when; marked "simulated" or "stale" where that is so. Opens the history on click.
 */
class TileCard extends Composite<Div> {

    TileCard(Tile tile, SerializableRunnable onOpen) {
        Indicator indicator = tile.indicator();
        Div card = getContent();
        card.addClassNames("tile", LevelColours.css(tile.level()));
        card.getElement().setAttribute("data-indicator", indicator.code());
        card.getElement().setAttribute("role", "button");
        card.getElement().setAttribute("tabindex", "0");
        card.getElement().setAttribute("aria-label", getTranslation("tile.open", indicator.name(getLocale())));
        card.addClickListener(click -> onOpen.run());
        card.getElement().addEventListener("keydown", key -> onOpen.run()).setFilter("event.key === 'Enter'");

        Span name = new Span(indicator.name(getLocale()));
        name.addClassName("tile-name");
        Div header = new Div(name);
        header.addClassName("tile-header");
        if (tile.simulated()) {
            header.add(badge("tile.simulated", "badge-simulated"));
        }
        if (tile.stale()) {
            header.add(badge("tile.stale", "badge-stale"));
        }

        Span value = new Span(tile.hasValue() ? Formats.value(indicator, tile.value(), getLocale()) : "–");
        value.addClassName("tile-value");
        Span unit = new Span(Formats.unit(this, indicator));
        unit.addClassName("tile-unit");
        Div reading = new Div(value, unit);
        reading.addClassName("tile-reading");

        ApexChart trend = ApexChart.sparkline();
        trend.addClassName("tile-trend");
        trend.setSeries(indicator.name(getLocale()), tile.trend().stream()
                .map(point -> new ApexChart.Point(point.at(), point.value())).toList());
        trend.setFractionDigits(indicator.decimals());

        Span source = new Span(indicator.source() + " · " + getTranslation(Formats.frequencyKey(indicator),
                indicator.updateMinutes()) + (tile.observedAt() == null ? ""
                : " · " + getTranslation("tile.as-of", Formats.time(tile.observedAt(), getLocale()))));
        source.addClassName("tile-source");

        card.add(header, reading, trend, source);
    }

    private Span badge(String key, String className) {
        Span badge = new Span(getTranslation(key));
        badge.addClassNames("tile-badge", className);
        return badge;
    }

    static Div grid(List<TileCard> cards) {
        Div grid = new Div();
        grid.addClassName("tile-grid");
        cards.forEach(grid::add);
        return grid;
    }
}
