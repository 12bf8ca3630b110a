package kr.seoul.smartcity.cityfeed.ui;

import java.text.DecimalFormat;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceRunner;
import kr.seoul.smartcity.cityfeed.service.InvalidSourceException;
import kr.seoul.smartcity.cityfeed.service.ObservationMapper;
import kr.seoul.smartcity.citystatus.service.ObservationInput;

/**
 * What a dry run of a declared source found, announced politely: the problems of the declaration, or whether the
 * fetch worked, the values the rows become, the rows that could not be used, and the rows and answer as fetched.
 */
class DryRunReport extends Div {

    private static final int ROWS_SHOWN = 20;

    private final DecimalFormat number = new DecimalFormat("#,##0.######");

    DryRunReport() {
        setId("dry-run-result");
        getElement().setAttribute("aria-live", "polite");
    }

    /** The declaration was refused before anything was fetched. */
    void refused(List<InvalidSourceException.Problem> problems) {
        removeAll();
        add(banner(
                false,
                String.join(
                        "; ",
                        problems.stream()
                                .map(InvalidSourceException.Problem::message)
                                .toList())));
    }

    /** @param unplaced problems that belong to no field of the form */
    void show(DeclaredSourceRunner.DryRun result, List<String> unplaced) {
        removeAll();
        add(new H2(getTranslation("data-source.dry-run.title")));
        add(banner(
                result.ok(),
                result.ok()
                        ? getTranslation(
                                "data-source.dry-run.ok",
                                result.mapped().rows(),
                                result.mapped().observations().size(),
                                result.mapped().rejected().size())
                        : getTranslation("data-source.dry-run.failed", result.problem())));
        unplaced.forEach(message -> add(new Paragraph(message)));
        if (result.mapped() != null) {
            add(
                    new H3(getTranslation(
                            "data-source.dry-run.values",
                            result.mapped().observations().size())),
                    observations(result.mapped().observations()));
            if (!result.mapped().rejected().isEmpty()) {
                add(
                        new H3(getTranslation(
                                "data-source.dry-run.rejected",
                                result.mapped().rejected().size())),
                        rejected(result.mapped().rejected()));
            }
            Pre parsed = new Pre(result.fetched().rows().stream()
                    .limit(ROWS_SHOWN)
                    .map(Object::toString)
                    .collect(Collectors.joining("\n")));
            parsed.addClassName("source-raw");
            add(details(
                    getTranslation(
                            "data-source.dry-run.rows", result.fetched().rows().size()),
                    parsed));
        }
        if (result.fetched() != null) {
            Pre raw = new Pre(result.fetched().raw());
            raw.addClassName("source-raw");
            raw.setId("dry-run-raw");
            add(details(getTranslation("data-source.dry-run.raw"), raw));
        }
        scrollIntoView();
    }

    private Grid<ObservationInput> observations(List<ObservationInput> values) {
        Grid<ObservationInput> grid = new Grid<>();
        grid.setId("dry-run-values");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(ObservationInput::indicatorCode).setHeader(getTranslation("data-source.value.indicator"));
        grid.addColumn(value -> value.districtCode() == null
                        ? getTranslation("data-source.city")
                        : SeoulDistrict.byCode(value.districtCode())
                                .map(d -> d.name(getLocale()))
                                .orElse(value.districtCode()))
                .setHeader(getTranslation("data-source.district"));
        grid.addColumn(value -> SourceTexts.time(value.observedAt())).setHeader(getTranslation("data-source.time"));
        grid.addColumn(value -> number.format(value.value()))
                .setHeader(getTranslation("data-source.value"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setItems(values.stream().limit(200).toList());
        return grid;
    }

    private Grid<ObservationMapper.Rejected> rejected(List<ObservationMapper.Rejected> rows) {
        Grid<ObservationMapper.Rejected> grid = new Grid<>();
        grid.setId("dry-run-rejected");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ObservationMapper.Rejected::row)
                .setHeader(getTranslation("data-source.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ObservationMapper.Rejected::reason)
                .setHeader(getTranslation("data-source.reason"))
                .setWidth("12em")
                .setFlexGrow(2);
        grid.addColumn(ObservationMapper.Rejected::excerpt)
                .setHeader(getTranslation("data-source.row-content"))
                .setWidth("14em")
                .setFlexGrow(3);
        grid.setItems(rows.stream().limit(100).toList());
        return grid;
    }

    /** A closed disclosure that fills the width, as the data source screen shows long content. */
    static Details details(String summary, Component content) {
        Details details = new Details(summary, content);
        details.setWidthFull();
        return details;
    }

    private Div banner(boolean ok, String text) {
        Div banner = new Div(new Span(text));
        banner.addClassNames("source-banner", ok ? "source-banner-ok" : "source-banner-problem");
        banner.getElement().setAttribute("role", ok ? "status" : "alert");
        return banner;
    }
}
