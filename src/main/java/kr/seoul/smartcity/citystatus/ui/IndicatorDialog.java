package kr.seoul.smartcity.citystatus.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import kr.seoul.smartcity.base.ui.chart.ApexChart;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.HistoryCsv;
import kr.seoul.smartcity.citystatus.service.HistoryRange;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.modulith.NamedInterface;

/** The history of one indicator over 24 hours, 7 days, 30 days or a year, with a CSV download of what is shown. */
@NamedInterface("ui")
public class IndicatorDialog extends Dialog {

    private final CityStatusService status;
    private final Viewer viewer;
    private final Indicator indicator;
    private final String districtCode;
    private final ApexChart chart = ApexChart.line();
    private final Div download = new Div();
    private final Tabs ranges = new Tabs();

    public IndicatorDialog(CityStatusService status, Viewer viewer, Indicator indicator, String districtCode) {
        this.status = status;
        this.viewer = viewer;
        this.indicator = indicator;
        this.districtCode = districtCode;
        addClassName("indicator-dialog");
        String place =
                districtCode.isEmpty() ? getTranslation("district.city") : Formats.district(districtCode, getLocale());
        setHeaderTitle(indicator.name(getLocale()) + " · " + place);
        Button close = new Button(VaadinIcon.CLOSE.create(), click -> close());
        close.setAriaLabel(getTranslation("dialog.close"));
        getHeader().add(close);

        for (HistoryRange range : HistoryRange.values()) {
            Tab tab = new Tab(getTranslation(range.labelKey()));
            tab.getElement().setAttribute("data-range", range.name());
            ranges.add(tab);
        }
        ranges.addSelectedChangeListener(change -> show(HistoryRange.values()[ranges.getSelectedIndex()]));
        chart.setUnit(Formats.unit(this, indicator));
        chart.setFractionDigits(indicator.decimals());
        chart.setNoDataText(getTranslation("history.no-data"));
        chart.setHeight("320px");
        chart.setWidthFull();
        Paragraph source = new Paragraph(getTranslation(
                "history.source",
                indicator.source(),
                getTranslation(Formats.frequencyKey(indicator), indicator.updateMinutes())));
        source.addClassName("tile-source");
        add(ranges, chart, source, download);
        status.metadata(viewer, indicator.code()).ifPresent(this::showAbout);
        setWidth("min(960px, 96vw)");
        show(HistoryRange.DAY);
    }

    /** Shows another span of the history, as if its tab were chosen. */
    public void showRange(HistoryRange range) {
        ranges.setSelectedIndex(range.ordinal());
    }

    /** What the number is, where it comes from and under which licence: what every public number carries. */
    private void showAbout(IndicatorMetadata about) {
        boolean korean = Locale.KOREAN.getLanguage().equals(getLocale().getLanguage());
        Div block = new Div();
        block.addClassName("indicator-about");
        block.setId("indicator-about");
        text(block, korean ? about.summaryKo() : about.summaryEn(), "indicator-summary");
        text(block, korean ? about.descriptionKo() : about.descriptionEn(), null);
        labelled(block, "indicator.about.use", korean ? about.useCaseKo() : about.useCaseEn());
        labelled(block, "indicator.about.source-system", about.sourceSystem());
        if (about.datasetUrl() != null) {
            Anchor dataset = new Anchor(about.datasetUrl(), getTranslation("indicator.about.dataset"));
            dataset.setTarget("_blank");
            dataset.getElement().setAttribute("rel", "noopener noreferrer");
            dataset.addClassName("indicator-dataset");
            block.add(new Paragraph(dataset));
        }
        labelled(block, "indicator.about.contributors", about.contributors());
        labelled(block, "indicator.about.time-range", about.timeRange());
        labelled(block, "indicator.about.licence", about.licence());
        if (block.getComponentCount() > 0) {
            add(new H3(getTranslation("indicator.about")), block);
        }
    }

    private static void text(Div block, String value, String className) {
        if (value != null && !value.isBlank()) {
            Paragraph paragraph = new Paragraph(value);
            if (className != null) {
                paragraph.addClassName(className);
            }
            block.add(paragraph);
        }
    }

    private void labelled(Div block, String key, String value) {
        if (value != null && !value.isBlank()) {
            Span label = new Span(getTranslation(key) + ": ");
            label.addClassName("status-detail");
            block.add(new Paragraph(label, new Span(value)));
        }
    }

    private void show(HistoryRange range) {
        List<SeriesPoint> points = status.history(viewer, indicator.code(), districtCode, range);
        chart.setSeries(
                indicator.name(getLocale()),
                points.stream().map(p -> new ApexChart.Point(p.at(), p.value())).toList());
        if (range != HistoryRange.DAY) {
            chart.setBand(
                    getTranslation("history.range-band"),
                    points.stream()
                            .map(p -> new ApexChart.Range(p.at(), p.minimum(), p.maximum()))
                            .toList());
        } else {
            chart.clearBand();
        }
        byte[] csv = HistoryCsv.write(indicator.code(), districtCode, points).getBytes(StandardCharsets.UTF_8);
        String fileName = indicator.code().toLowerCase() + (districtCode.isEmpty() ? "" : "-" + districtCode) + "-"
                + range.name().toLowerCase() + ".csv";
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(
                        event -> new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length)),
                getTranslation("history.download"));
        link.addClassName("history-download");
        download.removeAll();
        download.add(link);
    }
}
