package kr.seoul.smartcity.base.ui.chart;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.dom.Element;
import kr.seoul.smartcity.base.ui.chart.ApexChart.Point;
import kr.seoul.smartcity.base.ui.chart.ApexChart.Range;

import static kr.seoul.smartcity.base.ui.TableCells.cell;
import static kr.seoul.smartcity.base.ui.TableCells.columnHeader;
import static kr.seoul.smartcity.base.ui.TableCells.rowHeader;

/**
 * A history chart for people who cannot see it or would rather read numbers (WCAG 1.1.1): a short description in
 * words built from the same points as the line ("초미세먼지 12/5 09:00~12/5 21:00: 21 → 88 µg/m³, 최저 15, 최고 92
 * (12/5 18:00)"), and a button that shows the same series as a table (caption, column and row headers) in place of
 * the drawing. Everything is set as text. The table is built only while it is shown.
 */
final class ChartWords {

    private static final AtomicLong IDS = new AtomicLong();

    private final ApexChart chart;
    private final Element description = new Element("span");
    private final Element toggle = new Element("button");
    private final Element tableBox = new Element("div");
    private boolean tableShown;

    ChartWords(ApexChart chart) {
        this.chart = chart;
        long id = IDS.incrementAndGet();
        Element host = chart.getElement();
        host.setAttribute("role", "group");

        description.setAttribute("class", "city-chart-description");
        description.setAttribute("id", "city-chart-description-" + id);
        host.setAttribute("aria-describedby", "city-chart-description-" + id);

        tableBox.setAttribute("class", "city-chart-table");
        tableBox.setAttribute("id", "city-chart-table-" + id);
        tableBox.setAttribute("tabindex", "0"); // a long table scrolls inside the chart's box: reachable by keyboard
        tableBox.setAttribute("hidden", true);

        toggle.setAttribute("type", "button");
        toggle.setAttribute("class", "city-chart-toggle");
        toggle.setAttribute("aria-controls", "city-chart-table-" + id);
        toggle.addEventListener("click", click -> showTable(!tableShown));

        host.appendChild(description, toggle, tableBox);
        showToggle();
    }

    boolean tableShown() {
        return tableShown;
    }

    String description() {
        return description.getText();
    }

    void showTable(boolean shown) {
        tableShown = shown;
        if (shown) {
            chart.getElement().setAttribute("table-shown", true);
            tableBox.removeAttribute("hidden");
        } else {
            chart.getElement().removeAttribute("table-shown");
            tableBox.setAttribute("hidden", true);
        }
        showToggle();
        dataChanged();
    }

    private void showToggle() {
        toggle.setText(chart.getTranslation(tableShown ? "chart.table.hide" : "chart.table.show"));
        toggle.setAttribute("aria-expanded", String.valueOf(tableShown));
    }

    /** The data, unit or digits changed: the words follow; the table too while it is shown. */
    void dataChanged() {
        description.setText(describe());
        tableBox.removeAllChildren();
        if (tableShown) {
            tableBox.appendChild(table());
        }
    }

    private Locale locale() {
        return chart.locale();
    }

    private String describe() {
        String name = chart.seriesName();
        List<Point> readings = chart.points().stream()
                .filter(point -> Double.isFinite(point.value()))
                .toList();
        if (readings.isEmpty()) {
            return chart.getTranslation("chart.description.empty", name);
        }
        Point lowest =
                readings.stream().min(Comparator.comparingDouble(Point::value)).orElseThrow();
        Point highest =
                readings.stream().max(Comparator.comparingDouble(Point::value)).orElseThrow();
        return chart.getTranslation(
                "chart.description",
                name,
                shortTime(readings.getFirst().at()),
                shortTime(readings.getLast().at()),
                number(readings.getFirst().value()),
                withUnit(readings.getLast().value()),
                withUnit(lowest.value()),
                withUnit(highest.value()),
                shortTime(highest.at()));
    }

    private Element table() {
        Element table = new Element("table");
        Element caption = new Element("caption");
        String name = chart.getElement().getAttribute("aria-label");
        caption.setText(name == null ? chart.seriesName() : name);
        table.appendChild(caption);

        boolean withReference = !chart.reference().isEmpty();
        String bandName = Objects.requireNonNullElse(chart.bandName(), "");
        boolean withBand = !bandName.isEmpty() && !chart.band().isEmpty();
        Element headRow = new Element("tr");
        headRow.appendChild(
                columnHeader(chart.getTranslation("chart.table.time")), columnHeader(withUnitName(chart.seriesName())));
        if (withReference) {
            headRow.appendChild(columnHeader(withUnitName(chart.referenceName())));
        }
        if (withBand) {
            headRow.appendChild(columnHeader(withUnitName(bandName)));
        }
        table.appendChild(new Element("thead").appendChild(headRow));

        Map<Instant, Double> reference = new LinkedHashMap<>();
        chart.reference().forEach(point -> reference.put(point.at(), point.value()));
        Map<Instant, Range> band = new LinkedHashMap<>();
        chart.band().forEach(range -> band.put(range.at(), range));
        Element body = new Element("tbody");
        for (Point point : chart.points()) {
            Element row = new Element("tr");
            row.appendChild(rowHeader(time(point.at())), cell(number(point.value())));
            if (withReference) {
                row.appendChild(cell(Optional.ofNullable(reference.get(point.at()))
                        .map(this::number)
                        .orElse("")));
            }
            if (withBand) {
                Range range = band.get(point.at());
                row.appendChild(cell(range == null ? "" : number(range.low()) + "–" + number(range.high())));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    private String withUnitName(String name) {
        return chart.unit().isBlank() ? name : name + " (" + chart.unit() + ")";
    }

    private String withUnit(double value) {
        return chart.unit().isBlank() ? number(value) : number(value) + " " + chart.unit();
    }

    private String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(chart.fractionDigits());
        return format.format(value);
    }

    private String shortTime(Instant at) {
        return DateTimeFormatter.ofPattern("M/d HH:mm").format(at.atZone(chart.zone()));
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(chart.zone()));
    }
}
