package kr.seoul.smartcity.citystatus.ui;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SourceProblem;
import kr.seoul.smartcity.citystatus.service.Tile;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import tools.jackson.databind.json.JsonMapper;

/**
 * One indicator at a glance: its value coloured by status, a 24-hour sparkline, where it comes from, how often and
 * as of when; marked "simulated" or "stale" where that is so. Opens the history on click. A new reading of the same
 * indicator is shown in place ({@link #show}), so that a live update sends the browser only what changed.
 * <p>
 * The browser draws the tile's parts ({@code city-tile.js}) from a few properties: on a dashboard that thousands of
 * citizens keep open, one server-side element per tile instead of a dozen (with their texts) is most of what an open
 * screen costs the server.
 */
@Tag("city-tile")
@JsModule("./components/city-tile.js")
@NamedInterface("ui")
public class TileCard extends Component implements HasStyle, ClickNotifier<TileCard> {

    private final Indicator indicator;
    private String levelClass;
    private @Nullable Tile shown;

    public TileCard(Tile tile, SerializableRunnable onOpen) {
        indicator = tile.indicator();
        addClassName("tile");
        getElement().setAttribute("data-indicator", indicator.code());
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("tile.open", indicator.name(getLocale())));
        addClickListener(click -> onOpen.run());
        getElement().addEventListener("keydown", key -> onOpen.run()).setFilter("event.key === 'Enter'");

        getElement().setProperty("name", indicator.name(getLocale()));
        getElement().setProperty("unit", Formats.unit(this, indicator));
        getElement()
                .setPropertyJson(
                        "badgeLabels",
                        JsonMapper.shared()
                                .createArrayNode()
                                .add(getTranslation("tile.simulated"))
                                .add(getTranslation("tile.stale"))
                                .add(getTranslation("tile.source-problem")));
        getElement().setProperty("digits", indicator.decimals());
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
                removeClassName(levelClass);
            }
            addClassName(level);
            levelClass = level;
            String mark = LevelColours.mark(tile.level());
            getElement()
                    .setProperty(
                            "level",
                            mark.isEmpty()
                                    ? ""
                                    : mark + " " + getTranslation(tile.level().labelKey()));
        }
        getElement().setProperty("simulated", tile.simulated());
        getElement().setProperty("stale", tile.stale());
        showProblem(tile.problem());
        if (shown == null || !Objects.equals(tile.value(), shown.value())) {
            getElement()
                    .setProperty("value", tile.hasValue() ? Formats.value(indicator, tile.value(), getLocale()) : "–");
        }
        if (shown == null || !tile.trend().equals(shown.trend())) {
            getElement()
                    .setPropertyJson(
                            "trend",
                            ApexChart.series(
                                    indicator.name(getLocale()),
                                    tile.trend().stream()
                                            .map(point -> new ApexChart.Point(point.at(), point.value()))
                                            .toList(),
                                    Seoul.ZONE));
            getElement().setProperty("trendLabel", trendDescription(tile));
        }
        if (shown == null || !Objects.equals(tile.observedAt(), shown.observedAt())) {
            getElement()
                    .setProperty(
                            "source",
                            indicator.source() + " · "
                                    + getTranslation(Formats.frequencyKey(indicator), indicator.updateMinutes())
                                    + (tile.observedAt() == null
                                            ? ""
                                            : " · "
                                                    + getTranslation(
                                                            "tile.as-of",
                                                            Formats.time(tile.observedAt(), getLocale()))));
        }
        shown = tile;
    }

    /**
     * What the sparkline shows, in words, for people who cannot see it (WCAG 1.1.1): "초미세먼지 지난 24시간 21→88 µg/m³,
     * 최저 15 최고 92", built from the same points as the line.
     */
    String trendDescription(Tile tile) {
        String name = indicator.name(getLocale());
        if (tile.trend().isEmpty()) {
            return getTranslation("tile.trend.empty", name);
        }
        DoubleSummaryStatistics range =
                tile.trend().stream().mapToDouble(point -> point.value()).summaryStatistics();
        return getTranslation(
                        "tile.trend.description",
                        name,
                        Formats.value(indicator, tile.trend().getFirst().value(), getLocale()),
                        Formats.value(indicator, tile.trend().getLast().value(), getLocale()),
                        Formats.unit(this, indicator),
                        Formats.value(indicator, range.getMin(), getLocale()),
                        Formats.value(indicator, range.getMax(), getLocale()))
                .strip();
    }

    /** The feed's problem, if it has one: said on the badge's title and to screen readers, with since when. */
    private void showProblem(@Nullable SourceProblem now) {
        getElement()
                .setProperty(
                        "problem",
                        now == null
                                ? ""
                                : getTranslation(
                                        "tile.source-problem.since",
                                        Formats.time(now.since(), getLocale()),
                                        now.reason()));
    }

    public static Div grid(List<TileCard> cards) {
        Div grid = new Div();
        grid.addClassName("tile-grid");
        cards.forEach(grid::add);
        return grid;
    }
}
