package kr.seoul.smartcity.base.ui.chart;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import kr.seoul.smartcity.base.domain.Seoul;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A time series chart drawn in the browser by ApexCharts: a {@link #sparkline() sparkline} for tiles, or a
 * {@link #line() line chart} with a time axis, a value axis with the unit, a tooltip and optionally a min–max band.
 * It fills its container's width and redraws when that changes; its height is {@link #setHeight(String) set}.
 * Changing the data or the look after the chart is shown (for example from a server push) redraws the same chart.
 *
 * <p>Times are shown as wall-clock times in {@link #setZone(ZoneId) a zone}, Seoul's by default, whatever the
 * browser's zone. Values are formatted with {@link #setFractionDigits(int) at most one decimal} by default.
 *
 * <p>ApexCharts is pinned to 4.7.0, its last release under the MIT licence: the package of 5.0.0 declares MIT but
 * ships the ApexCharts dual licence text, and later releases are under that licence only.
 */
@Tag("city-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/city-apex-chart.js")
public class ApexChart extends Component implements HasSize, HasStyle, HasAriaLabel {

    /** The two looks. */
    public enum Kind {
        /** A tiny line without axes, labels or tooltip, for tiles. */
        SPARKLINE("40px"),
        /** A history chart with a time axis, a value axis with the unit and a tooltip. */
        LINE("240px");

        private final String defaultHeight;

        Kind(String defaultHeight) {
            this.defaultHeight = defaultHeight;
        }
    }

    /** How a history chart draws its series: a line, a filled line, or bars. */
    public enum Style {
        LINE,
        AREA,
        BAR
    }

    /**
     * An event marked on the time axis (line charts only), such as an alert: a vertical line with a short label.
     * The label is this application's own word for the kind of event, never text a person wrote.
     */
    public record Mark(Instant at, String label, String cssColour) {
        public Mark {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(label, "label");
        }
    }

    /** One value at one time. {@code Double.NaN} leaves a gap. */
    public record Point(Instant at, double value) {
        public Point {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The lowest and highest value within the period that starts at a time, drawn as a band. */
    public record Range(Instant at, double low, double high) {
        public Range {
            Objects.requireNonNull(at, "at");
        }
    }

    private static final String DEFAULT_COLOUR = "#0b3d91";

    private final Kind kind;
    private ZoneId zone = Seoul.ZONE;
    private String seriesName = "";
    private List<Point> points = List.of();
    private @Nullable String bandName;
    private List<Range> band = List.of();
    private String referenceName = "";
    private List<Point> reference = List.of();
    private String unit = "";
    private String colour = DEFAULT_COLOUR;
    private int fractionDigits = 1;
    private String noDataText = "";
    private Style style = Style.LINE;
    private List<Mark> marks = List.of();
    private @Nullable ChartWords words;
    private boolean namedByOwner;

    private ApexChart(Kind kind) {
        this.kind = kind;
        setHeight(kind.defaultHeight);
        addClassName("city-chart");
        if (kind == Kind.SPARKLINE) {
            getElement().setAttribute("role", "img"); // its owner gives it its words
        } else {
            words = new ChartWords(this);
        }
        sendConfig();
        sendData();
    }

    /**
     * The chart's accessible name; without one the series' name is used. A history chart is a group of its drawing,
     * its description in words and a "show as table" button.
     */
    @Override
    public void setAriaLabel(@Nullable String ariaLabel) {
        namedByOwner = ariaLabel != null && !ariaLabel.isBlank();
        HasAriaLabel.super.setAriaLabel(namedByOwner ? ariaLabel : seriesName.isBlank() ? null : seriesName);
    }

    /** What the chart shows, in words, built from its data (history charts; empty for a sparkline). */
    public String getDescription() {
        return words == null ? "" : words.description();
    }

    /** Whether the data is shown as a table instead of the drawing (history charts). */
    public boolean isTableShown() {
        return words != null && words.tableShown();
    }

    /** Shows the data as a table instead of the drawing, or the drawing again (history charts). */
    public void setTableShown(boolean shown) {
        if (words != null) {
            words.showTable(shown);
        }
    }

    /** A tiny line without axes for tiles, 40 pixels high. */
    public static ApexChart sparkline() {
        return new ApexChart(Kind.SPARKLINE);
    }

    /** A history chart with a time axis and a value axis, 240 pixels high. */
    public static ApexChart line() {
        return new ApexChart(Kind.LINE);
    }

    public Kind getKind() {
        return kind;
    }

    /** Shows these points as the line, replacing the ones shown before. */
    public ApexChart setSeries(String name, List<Point> points) {
        this.seriesName = Objects.requireNonNullElse(name, "");
        this.points = List.copyOf(points);
        sendData();
        return this;
    }

    /**
     * Shows a min–max band behind the line (line charts only; a sparkline shows just its line). Pass an empty list
     * to remove it.
     */
    public ApexChart setBand(String name, List<Range> ranges) {
        this.bandName = Objects.requireNonNullElse(name, "");
        this.band = List.copyOf(ranges);
        sendData();
        return this;
    }

    /**
     * Shows a dashed reference line next to the line, such as a target (line charts only). Pass an empty list to
     * remove it; with a reference the chart shows a legend.
     */
    public ApexChart setReference(String name, List<Point> points) {
        this.referenceName = Objects.requireNonNullElse(name, "");
        this.reference = List.copyOf(points);
        sendData();
        return this;
    }

    public ApexChart clearBand() {
        return setBand("", List.of());
    }

    /** The unit shown on the value axis and after values in the tooltip, for example {@code µg/m³}. */
    public ApexChart setUnit(String unit) {
        this.unit = Objects.requireNonNullElse(unit, "");
        sendConfig();
        return this;
    }

    /** The line's CSS colour, for example {@code #0b3d91}; the band is drawn in the same colour, lighter. */
    public ApexChart setColor(String cssColour) {
        this.colour = cssColour == null || cssColour.isBlank() ? DEFAULT_COLOUR : cssColour;
        sendConfig();
        return this;
    }

    /** At most this many decimals in labels and tooltips (default 1). */
    public ApexChart setFractionDigits(int fractionDigits) {
        if (fractionDigits < 0 || fractionDigits > 6) {
            throw new IllegalArgumentException("fraction digits must be 0-6: " + fractionDigits);
        }
        this.fractionDigits = fractionDigits;
        sendConfig();
        return this;
    }

    /** The text shown instead of an empty chart (line charts). */
    public ApexChart setNoDataText(String text) {
        this.noDataText = Objects.requireNonNullElse(text, "");
        sendConfig();
        return this;
    }

    /** Draws the series as a line (default), a filled line or bars (line charts only). */
    public ApexChart setStyle(Style style) {
        this.style = Objects.requireNonNull(style, "style");
        sendConfig();
        return this;
    }

    /** Marks these events on the time axis, replacing the ones marked before (line charts only). */
    public ApexChart setMarks(List<Mark> marks) {
        this.marks = List.copyOf(marks);
        sendData();
        return this;
    }

    /** The zone whose wall-clock times the time axis and tooltip show (default Seoul). */
    public ApexChart setZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        sendData();
        return this;
    }

    private void sendConfig() {
        ObjectNode config = JsonMapper.shared()
                .createObjectNode()
                .put("kind", kind.name().toLowerCase())
                .put("unit", unit)
                .put("color", colour)
                .put("fractionDigits", fractionDigits)
                .put("noData", noDataText);
        if (style != Style.LINE) {
            config.put(
                    "style", style.name().toLowerCase()); // only when asked: thousands of sparklines stay as they were
        }
        getElement().setPropertyJson("config", config);
        if (words != null) {
            words.dataChanged();
        }
    }

    private void sendData() {
        ObjectNode data = series(seriesName, points, zone);
        if (bandName != null && !band.isEmpty()) {
            ObjectNode bandNode = data.putObject("band").put("name", bandName);
            ArrayNode ranges = bandNode.putArray("points");
            band.forEach(range -> {
                ArrayNode item = ranges.addArray().add(wallClockMillis(range.at()));
                value(item, range.low());
                value(item, range.high());
            });
        }
        if (!reference.isEmpty()) {
            ObjectNode referenceNode = data.putObject("reference").put("name", referenceName);
            ArrayNode referencePoints = referenceNode.putArray("points");
            reference.forEach(
                    point -> value(referencePoints.addArray().add(wallClockMillis(point.at())), point.value()));
        }
        if (!marks.isEmpty()) {
            ArrayNode markNodes = data.putArray("marks");
            marks.forEach(mark -> markNodes
                    .addArray()
                    .add(wallClockMillis(mark.at()))
                    .add(mark.label())
                    .add(mark.cssColour()));
        }
        getElement().setPropertyJson("data", data);
        if (!namedByOwner && kind == Kind.LINE) {
            HasAriaLabel.super.setAriaLabel(seriesName.isBlank() ? null : seriesName);
        }
        if (words != null) {
            words.dataChanged();
        }
    }

    ZoneId zone() {
        return zone;
    }

    Locale locale() {
        return getLocale();
    }

    String seriesName() {
        return seriesName;
    }

    List<Point> points() {
        return points;
    }

    @Nullable
    String bandName() {
        return bandName;
    }

    List<Range> band() {
        return band;
    }

    String referenceName() {
        return referenceName;
    }

    List<Point> reference() {
        return reference;
    }

    String unit() {
        return unit;
    }

    int fractionDigits() {
        return fractionDigits;
    }

    /**
     * A line as the chart element takes it in its {@code data} property, times shown as wall-clock times in the
     * zone: for a component of another tag that draws a sparkline of its own in the browser (a tile).
     */
    public static ObjectNode series(String name, List<Point> points, ZoneId zone) {
        ObjectNode data = JsonMapper.shared().createObjectNode().put("name", name);
        ArrayNode line = data.putArray("points");
        points.forEach(point -> value(line.addArray().add(wallClockMillis(point.at(), zone)), point.value()));
        return data;
    }

    private long wallClockMillis(Instant at) {
        return wallClockMillis(at, zone);
    }

    /**
     * ApexCharts shows times in UTC; shifting them by the zone's offset makes it show the zone's wall-clock time
     * whatever the browser's zone is.
     */
    private static long wallClockMillis(Instant at, ZoneId zone) {
        return at.toEpochMilli() + zone.getRules().getOffset(at).getTotalSeconds() * 1000L;
    }

    private static void value(ArrayNode target, double value) {
        if (Double.isFinite(value)) {
            target.add(value);
        } else {
            target.addNull();
        }
    }
}
