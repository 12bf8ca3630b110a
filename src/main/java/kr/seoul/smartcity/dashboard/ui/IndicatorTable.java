package kr.seoul.smartcity.dashboard.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.HistoryRange;
import kr.seoul.smartcity.citystatus.ui.Formats;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;

import static kr.seoul.smartcity.base.ui.TableCells.cell;
import static kr.seoul.smartcity.base.ui.TableCells.columnHeader;

/** An indicator as a table: per district where it has districts, else its last readings over time, newest first. */
class IndicatorTable extends Div {

    private final Indicator indicator;

    IndicatorTable(Indicator indicator, @Nullable String district, WidgetToolkit kit, Viewer viewer) {
        this.indicator = indicator;
        Element table = new Element("table");
        table.getClassList().add("widget-table");
        Element caption = new Element("caption");
        caption.setText(indicator.name(getLocale()) + " (" + Formats.unit(this, indicator) + ")");
        Element head = new Element("tr");
        table.appendChild(caption, head);
        if (indicator.perDistrict()) {
            head.appendChild(
                    columnHeader(getTranslation("widget.table.district")),
                    columnHeader(getTranslation("widget.table.value")),
                    columnHeader(getTranslation("widget.table.as-of")));
            kit.status.byDistrict(viewer, indicator.code()).values().stream()
                    .sorted(Comparator.comparing(LatestValue::districtCode))
                    .forEach(value -> {
                        Element row = new Element("tr");
                        row.setAttribute("data-district", value.districtCode());
                        if (value.districtCode().equals(district)) {
                            row.getClassList().add("chosen");
                        }
                        row.appendChild(
                                cell(Formats.district(value.districtCode(), getLocale())),
                                cell(value(value.value())),
                                cell(Formats.time(value.observedAt(), getLocale())));
                        table.appendChild(row);
                    });
        } else {
            head.appendChild(
                    columnHeader(getTranslation("widget.table.time")),
                    columnHeader(getTranslation("widget.table.value")));
            List<SeriesPoint> points = kit.status.history(viewer, indicator.code(), null, HistoryRange.DAY);
            points.subList(Math.max(0, points.size() - 12), points.size())
                    .reversed()
                    .forEach(point -> {
                        Element row = new Element("tr");
                        row.appendChild(cell(Formats.time(point.at(), getLocale())), cell(value(point.value())));
                        table.appendChild(row);
                    });
        }
        addClassName("widget-table-wrap");
        getElement().appendChild(table);
    }

    private String value(double number) {
        return Formats.value(indicator, number, getLocale());
    }
}
