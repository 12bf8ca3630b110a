package kr.seoul.smartcity.analysis.ui;

import java.text.NumberFormat;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.analysis.service.BikeStationAnalysis;
import kr.seoul.smartcity.analysis.service.BikeStationReport;
import kr.seoul.smartcity.base.geo.DistrictGeometry;
import kr.seoul.smartcity.base.ui.map.CityMap;

/**
 * New Ddareungi station locations: the question, the data used with its sources and dates, the method in plain
 * words, the result on the map and in tables (the tables are the map's text alternative), and what was decided.
 */
@Route("analyses/bike-stations")
@AnonymousAllowed
public class BikeStationAnalysisView extends AnalysisPage {

    BikeStationAnalysisView(BikeStationAnalysis analysis, DistrictGeometry geometry) {
        super("analysis.bikes.title", "analysis.bikes.question");
        show(analysis.report(), report -> show(report, geometry), "analysis.needs-boundaries");
    }

    private void show(BikeStationReport report, DistrictGeometry geometry) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        StationCoverage.Result coverage = report.coverage();
        simulated(report.simulated());
        data(
                new ListItem(
                        getTranslation("analysis.bikes.data.stations", report.stations(), when(report.stationsAsOf()))),
                new ListItem(getTranslation("analysis.data.population", when(report.populationAsOf()))),
                new ListItem(getTranslation(
                        "analysis.data.boundaries", geometry.attribution().orElse(""))));
        method(getTranslation(
                "analysis.bikes.method",
                (int) report.cellMetres(),
                (int) report.reachMetres(),
                coverage.candidates().size()));

        add(new H2(getTranslation("analysis.result")));
        Paragraph summary = new Paragraph(getTranslation(
                "analysis.bikes.summary",
                Math.round(coverage.share() * 100),
                number.format(Math.round(coverage.people()))));
        summary.setId("analysis-summary");
        add(summary);
        add(coverageMap(coverage, geometry, number));

        OrderedList proposed = new OrderedList();
        proposed.setId("analysis-candidates");
        coverage.candidates()
                .forEach(candidate -> proposed.add(new ListItem(getTranslation(
                        "analysis.bikes.candidate",
                        district(candidate.districtCode()),
                        String.format("%.5f", candidate.place().latitude()),
                        String.format("%.5f", candidate.place().longitude()),
                        number.format(Math.round(candidate.newlyCovered()))))));
        add(new H2(getTranslation("analysis.bikes.candidates")), proposed);
        add(new H2(getTranslation("analysis.bikes.by-district")), districtTable(report, number));

        closing(report.computedAt());
    }

    /** The districts in blue by the share of people within reach of a station, the proposed stations in red. */
    private CityMap coverageMap(StationCoverage.Result coverage, DistrictGeometry geometry, NumberFormat number) {
        CityMap map = coverageMap(geometry, "analysis.bikes.map", coverage.districts());
        List<StationCoverage.Candidate> candidates = coverage.candidates();
        map.setPoints(
                "candidates",
                java.util.stream.IntStream.range(0, candidates.size())
                        .mapToObj(i -> new CityMap.MapMarker(
                                "candidate-" + (i + 1),
                                candidates.get(i).place().latitude(),
                                candidates.get(i).place().longitude(),
                                getTranslation(
                                        "analysis.bikes.candidate.short",
                                        i + 1,
                                        number.format(
                                                Math.round(candidates.get(i).newlyCovered()))),
                                "#d93025"))
                        .toList());
        return map;
    }

    private Grid<StationCoverage.DistrictCoverage> districtTable(BikeStationReport report, NumberFormat number) {
        Grid<StationCoverage.DistrictCoverage> table = new Grid<>();
        table.setId("analysis-districts");
        table.addColumn(d -> district(d.districtCode())).setHeader(getTranslation("analysis.district"));
        table.addColumn(d -> number.format(Math.round(d.people()))).setHeader(getTranslation("analysis.people"));
        table.addColumn(d -> Math.round(d.share() * 100) + "%").setHeader(getTranslation("analysis.bikes.reached"));
        table.addColumn(StationCoverage.DistrictCoverage::stations)
                .setHeader(getTranslation("analysis.bikes.stations"));
        table.addColumn(d -> {
                    Double occupancy = report.occupancyByDistrict().get(d.districtCode());
                    return occupancy == null ? "—" : Math.round(occupancy * 100) + "%";
                })
                .setHeader(getTranslation("analysis.bikes.occupancy"));
        table.setItems(report.coverage().districts());
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", getTranslation("analysis.bikes.table"));
        return table;
    }
}
