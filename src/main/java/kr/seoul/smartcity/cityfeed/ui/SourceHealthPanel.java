package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.service.DeclaredSourceHealth;

/** A saved source's health: its state, last success, lag, rows and interval, its error, and its latest runs. */
class SourceHealthPanel extends Div {

    SourceHealthPanel() {
        setId("source-health");
    }

    void show(DeclaredSourceHealth state, List<SourceRun> latestRuns) {
        add(new H2(getTranslation("data-source.health")));
        FlexLayout facts = new FlexLayout(
                SourceBadges.state(this, state.state()),
                fact(
                        "sources.column.last-success",
                        SourceTexts.time(state.status().lastSuccessAt())),
                fact("data-sources.column.lag", state.lag() == null ? "—" : SourceTexts.duration(this, state.lag())),
                fact("sources.column.rows-last", String.valueOf(state.status().rowsLastRun())),
                fact(
                        "sources.column.interval",
                        SourceTexts.every(this, state.source().every())));
        facts.getStyle()
                .set("gap", "var(--lumo-space-m)")
                .set("flex-wrap", "wrap")
                .set("align-items", "center");
        add(facts, SourceBadges.error(state.status(), state.state()));
        add(new H3(getTranslation("data-source.runs")), runs(latestRuns));
    }

    private Grid<SourceRun> runs(List<SourceRun> latest) {
        Grid<SourceRun> runs = new Grid<>();
        runs.setId("source-runs");
        runs.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        runs.setAllRowsVisible(true);
        runs.addColumn(run -> SourceTexts.time(run.startedAt()))
                .setHeader(getTranslation("data-source.run.started"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addComponentColumn(run -> SourceBadges.state(
                        this, run.ok() ? DeclaredSourceHealth.State.OK : DeclaredSourceHealth.State.FAILING))
                .setHeader(getTranslation("sources.column.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(SourceRun::rowsRead)
                .setHeader(getTranslation("data-source.run.rows"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(SourceRun::observations)
                .setHeader(getTranslation("data-source.run.values"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(run -> SourceTexts.duration(this, run.took()))
                .setHeader(getTranslation("data-source.run.took"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        runs.addColumn(run -> run.error() == null ? "" : run.error())
                .setHeader(getTranslation("data-source.run.note"))
                .setWidth("16em")
                .setFlexGrow(3);
        runs.setItems(latest);
        return runs;
    }

    private Div fact(String key, String value) {
        Span label = new Span(getTranslation(key) + ": ");
        label.addClassName("status-detail");
        return new Div(label, new Span(value));
    }
}
