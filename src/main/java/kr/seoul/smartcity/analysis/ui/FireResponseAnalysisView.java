package kr.seoul.smartcity.analysis.ui;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.analysis.domain.Cell;
import kr.seoul.smartcity.analysis.domain.DataPoint;
import kr.seoul.smartcity.analysis.service.FireResponseAnalysis;
import kr.seoul.smartcity.analysis.service.FireResponseReport;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.ui.map.CityMap;

/** 119 resources: dispatch times by district against where the fire stations are, and the places beyond the target. */
@Route("analyses/fire-response")
@AnonymousAllowed
public class FireResponseAnalysisView extends AnalysisPage {

    FireResponseAnalysisView(FireResponseAnalysis analysis, DistrictGeometry geometry) {
        super("analysis.fire.title", "analysis.fire.question");
        show(analysis.report(), report -> show(report, geometry), "analysis.needs-data");
    }

    private void show(FireResponseReport report, DistrictGeometry geometry) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        simulated(report.simulated());
        data(
                dataset(report.dispatchSource(), report.dispatches()),
                dataset(report.stations(), report.stations().points().size()),
                new ListItem(getTranslation("analysis.data.population", when(report.populationAsOf()))),
                new ListItem(getTranslation(
                        "analysis.data.boundaries", geometry.attribution().orElse(""))));
        method(getTranslation(
                "analysis.fire.method",
                (int) report.targetMinutes(),
                (int) report.speedKmh(),
                report.roadFactor(),
                number.format(Math.round(report.reachMetres()))));

        add(new H2(getTranslation("analysis.result")));
        Paragraph summary = new Paragraph(getTranslation(
                "analysis.fire.summary",
                number.format(report.dispatches()),
                minutes(report.medianMinutes()),
                minutes(report.ninetiethMinutes()),
                number.format(Math.round(report.peopleBeyond()))));
        summary.setId("analysis-summary");
        add(summary);
        add(responseMap(report, geometry));

        Grid<FireResponseReport.District> table = new Grid<>();
        table.setId("analysis-districts");
        table.addColumn(d -> district(d.districtCode())).setHeader(getTranslation("analysis.district"));
        table.addColumn(FireResponseReport.District::dispatches).setHeader(getTranslation("analysis.fire.dispatches"));
        table.addColumn(d -> minutes(d.medianMinutes())).setHeader(getTranslation("analysis.fire.median"));
        table.addColumn(d -> minutes(d.ninetiethMinutes())).setHeader(getTranslation("analysis.fire.p90"));
        table.addColumn(FireResponseReport.District::late)
                .setHeader(getTranslation("analysis.fire.late", (int) report.targetMinutes()));
        table.addColumn(d ->
                        number.format(Math.round(d.peopleBeyond())) + " (" + Math.round(d.shareBeyond() * 100) + "%)")
                .setHeader(getTranslation("analysis.fire.beyond"));
        table.setItems(report.districts());
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", getTranslation("analysis.fire.table"));
        add(new H2(getTranslation("analysis.by-district")), table);
        closing(report.computedAt());
    }

    /** Districts coloured by their 90th percentile, stations in red, the squares beyond the target reach in orange. */
    private CityMap responseMap(FireResponseReport report, DistrictGeometry geometry) {
        CityMap map = map(geometry, "analysis.fire.map");
        Map<String, String> colours = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        report.districts().stream()
                .filter(d -> !Double.isNaN(d.ninetiethMinutes()))
                .forEach(d -> {
                    colours.put(d.districtCode(), blue(d.ninetiethMinutes() / (2 * report.targetMinutes())));
                    labels.put(d.districtCode(), minutes(d.ninetiethMinutes()));
                });
        map.setChoropleth(colours, labels);
        List<DataPoint> stations = report.stations().points();
        map.setPoints(
                "stations",
                IntStream.range(0, stations.size())
                        .mapToObj(i -> new CityMap.MapMarker(
                                "station-" + i,
                                stations.get(i).place().latitude(),
                                stations.get(i).place().longitude(),
                                stations.get(i).label(),
                                "#c5221f"))
                        .toList());
        List<Cell> beyond = report.beyond();
        map.setPoints(
                "beyond",
                IntStream.range(0, beyond.size())
                        .mapToObj(i -> new CityMap.MapMarker(
                                "beyond-" + i,
                                beyond.get(i).centre().latitude(),
                                beyond.get(i).centre().longitude(),
                                getTranslation(
                                        "analysis.fire.beyond.marker",
                                        district(beyond.get(i).districtCode())),
                                "#e37400"))
                        .toList());
        return map;
    }

    private String minutes(double value) {
        return Double.isNaN(value) ? "—" : getTranslation("analysis.fire.minutes", String.format("%.1f", value));
    }
}
