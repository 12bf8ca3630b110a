package kr.seoul.smartcity.cityfeed.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;

/** A saved source's versions, closed until opened: who changed it when and how, and the declaration a version had. */
class SourceVersions extends Div {

    void show(List<DataSourceStore.SourceVersion> saved) {
        Grid<DataSourceStore.SourceVersion> grid = new Grid<>();
        grid.setId("source-versions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DataSourceStore.SourceVersion::version)
                .setHeader(getTranslation("data-source.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(version -> SourceTexts.time(version.changedAt()))
                .setHeader(getTranslation("data-source.changed-at"));
        grid.addColumn(DataSourceStore.SourceVersion::changedBy).setHeader(getTranslation("data-source.changed-by"));
        grid.addColumn(version ->
                        getTranslation("data-source.change." + version.change().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("data-source.change"));
        Pre definition = new Pre();
        definition.addClassName("source-raw");
        grid.addSelectionListener(selected -> definition.setText(selected.getFirstSelectedItem()
                .map(DataSourceStore.SourceVersion::definition)
                .orElse("")));
        grid.setItems(saved);
        add(DryRunReport.details(getTranslation("data-source.versions"), new Div(grid, definition)));
    }
}
