package kr.seoul.smartcity.analysis.ui;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.domain.Place;
import kr.seoul.smartcity.analysis.service.TaxiGarageAnalysis;
import kr.seoul.smartcity.analysis.service.TaxiGarageReport;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.ui.map.CityMap;

/** Taxis for the disabled: how long calls wait, and where the garages would leave callers nearest to a taxi. */
@Route("analyses/disabled-taxi")
@AnonymousAllowed
public class TaxiGarageAnalysisView extends AnalysisPage {

    TaxiGarageAnalysisView(TaxiGarageAnalysis analysis, DistrictGeometry geometry) {
        super("analysis.taxi.title", "analysis.taxi.question");
        show(analysis.report(), report -> show(report, geometry), "analysis.needs-data");
    }

    private void show(TaxiGarageReport report, DistrictGeometry geometry) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        simulated(report.simulated());
        data(
                dataset(report.calls(), report.calls().points().size()),
                dataset(report.garages(), report.garages().points().size()),
                new ListItem(getTranslation(
                        "analysis.data.boundaries", geometry.attribution().orElse(""))));
        method(getTranslation("analysis.taxi.method", number.format(report.sites()), (int) report.speedKmh()));

        add(new H2(getTranslation("analysis.result")));
        Paragraph summary = new Paragraph(getTranslation(
                "analysis.taxi.summary",
                minutes(report.medianWait()),
                minutes(report.ninetiethWait()),
                report.garages().points().size(),
                km(report.current().meanMetres()),
                km(report.proposed().meanMetres()),
                minutes(report.minutes(
                        report.current().meanMetres() - report.proposed().meanMetres()))));
        summary.setId("analysis-summary");
        add(summary);

        add(garageMap(report, geometry));
        List<Place> proposed = report.proposed().facilities();
        OrderedList sites = new OrderedList();
        sites.setId("analysis-proposed");
        proposed.forEach(place -> sites.add(new ListItem(getTranslation(
                "analysis.taxi.proposed.item",
                String.format("%.5f", place.latitude()),
                String.format("%.5f", place.longitude())))));
        add(new H2(getTranslation("analysis.taxi.proposed")), sites);
        add(new H2(getTranslation("analysis.by-district")), districtTable(report));
        closing(report.computedAt());
    }

    /** The garages there are in grey, the proposed sites in red. */
    private CityMap garageMap(TaxiGarageReport report, DistrictGeometry geometry) {
        CityMap map = map(geometry, "analysis.taxi.map");
        List<DataPoint> garages = report.garages().points();
        map.setPoints(
                "garages",
                IntStream.range(0, garages.size())
                        .mapToObj(i -> new CityMap.MapMarker(
                                "garage-" + i,
                                garages.get(i).place().latitude(),
                                garages.get(i).place().longitude(),
                                garages.get(i).label(),
                                "#5f6368"))
                        .toList());
        List<Place> proposed = report.proposed().facilities();
        map.setPoints(
                "proposed",
                IntStream.range(0, proposed.size())
                        .mapToObj(i -> new CityMap.MapMarker(
                                "proposed-" + i,
                                proposed.get(i).latitude(),
                                proposed.get(i).longitude(),
                                getTranslation("analysis.taxi.proposed.marker", i + 1),
                                "#d93025"))
                        .toList());
        return map;
    }

    private Grid<TaxiGarageReport.District> districtTable(TaxiGarageReport report) {
        Grid<TaxiGarageReport.District> table = new Grid<>();
        table.setId("analysis-districts");
        table.addColumn(d -> district(d.districtCode())).setHeader(getTranslation("analysis.district"));
        table.addColumn(TaxiGarageReport.District::calls).setHeader(getTranslation("analysis.taxi.calls"));
        table.addColumn(d -> minutes(d.medianMinutes())).setHeader(getTranslation("analysis.fire.median"));
        table.addColumn(d -> minutes(d.ninetiethMinutes())).setHeader(getTranslation("analysis.fire.p90"));
        table.setItems(report.districts());
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", getTranslation("analysis.taxi.table"));
        return table;
    }

    private String minutes(double value) {
        return Double.isNaN(value) ? "—" : getTranslation("analysis.fire.minutes", String.format("%.1f", value));
    }

    private static String km(double metres) {
        return String.format("%.1f", metres / 1000);
    }
}
