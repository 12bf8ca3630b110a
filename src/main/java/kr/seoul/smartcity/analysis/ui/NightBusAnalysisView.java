package kr.seoul.smartcity.analysis.ui;

import java.text.NumberFormat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.analysis.domain.StationCoverage;
import kr.seoul.smartcity.analysis.service.NightBusAnalysis;
import kr.seoul.smartcity.analysis.service.NightBusReport;
import kr.seoul.smartcity.base.geo.DistrictGeometry;

/** Night bus (올빼미버스) routes against late-night demand: which districts the night buses serve least. */
@Route("analyses/night-bus")
@AnonymousAllowed
public class NightBusAnalysisView extends AnalysisPage {

    NightBusAnalysisView(NightBusAnalysis analysis, DistrictGeometry geometry) {
        super("analysis.nightbus.title", "analysis.nightbus.question");
        show(analysis.report(), report -> show(report, geometry), "analysis.needs-data");
    }

    private void show(NightBusReport report, DistrictGeometry geometry) {
        NumberFormat number = NumberFormat.getIntegerInstance(getLocale());
        StationCoverage.Result coverage = report.coverage();
        simulated(report.simulated());
        data(
                dataset(report.source(), report.stops()),
                new ListItem(getTranslation("analysis.data.population", when(report.populationAsOf()))),
                new ListItem(getTranslation(
                        "analysis.data.boundaries", geometry.attribution().orElse(""))));
        method(getTranslation("analysis.nightbus.method", (int) report.cellMetres(), (int) report.reachMetres()));

        add(new H2(getTranslation("analysis.result")));
        Paragraph summary = new Paragraph(getTranslation(
                "analysis.nightbus.summary",
                report.routes(),
                number.format(report.stops()),
                Math.round(coverage.share() * 100)));
        summary.setId("analysis-summary");
        add(summary);
        add(coverageMap(geometry, "analysis.nightbus.map", coverage.districts()));

        OrderedList least = new OrderedList();
        least.setId("analysis-under-served");
        report.underServed()
                .forEach(district -> least.add(new ListItem(getTranslation(
                        "analysis.nightbus.under-served.item",
                        district(district.districtCode()),
                        Math.round(district.share() * 100),
                        number.format(Math.round(district.people() - district.covered())),
                        district.stations()))));
        add(new H2(getTranslation("analysis.nightbus.under-served")), least);

        add(new H2(getTranslation("analysis.by-district")), districtTable(coverage, number));
        closing(report.computedAt());
    }

    private Grid<StationCoverage.DistrictCoverage> districtTable(StationCoverage.Result coverage, NumberFormat number) {
        Grid<StationCoverage.DistrictCoverage> table = new Grid<>();
        table.setId("analysis-districts");
        table.addColumn(d -> district(d.districtCode())).setHeader(getTranslation("analysis.district"));
        table.addColumn(d -> number.format(Math.round(d.people()))).setHeader(getTranslation("analysis.people"));
        table.addColumn(d -> Math.round(d.share() * 100) + "%").setHeader(getTranslation("analysis.nightbus.reached"));
        table.addColumn(StationCoverage.DistrictCoverage::stations)
                .setHeader(getTranslation("analysis.nightbus.stops"));
        table.addColumn(d -> d.stations() == 0 ? "—" : number.format(Math.round(d.people() / d.stations())))
                .setHeader(getTranslation("analysis.nightbus.people-per-stop"));
        table.setItems(coverage.districts());
        table.setAllRowsVisible(true);
        table.getElement().setAttribute("aria-label", getTranslation("analysis.nightbus.table"));
        return table;
    }
}
