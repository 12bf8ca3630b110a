package kr.seoul.smartcity.archive.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.archive.service.ArchiveImportReport;

/** An archive import's report: each line of the CSV with its file, the item it made or that it failed, and why. */
class ImportReportGrid extends Grid<ArchiveImportReport.Row> {

    ImportReportGrid() {
        setId("import-report");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        addColumn(ArchiveImportReport.Row::line)
                .setHeader(getTranslation("import.line"))
                .setTextAlign(ColumnTextAlign.END)
                .setFlexGrow(0)
                .setWidth("5em");
        addColumn(ArchiveImportReport.Row::file)
                .setHeader(getTranslation("import.file"))
                .setFlexGrow(2);
        addComponentColumn(this::result)
                .setHeader(getTranslation("import.result"))
                .setFlexGrow(0)
                .setWidth("9em");
        addColumn(ArchiveImportReport.Row::reason)
                .setHeader(getTranslation("import.reason"))
                .setFlexGrow(5);
        setAllRowsVisible(true);
        setVisible(false);
    }

    private Component result(ArchiveImportReport.Row row) {
        if (row.outcome() == ArchiveImportReport.Outcome.IMPORTED) {
            Anchor item = new Anchor("archive/item/" + row.itemId(), getTranslation("import.imported", row.itemId()));
            item.getElement().setAttribute("router-link", true);
            item.addClassName("import-imported");
            return item;
        }
        Span failed = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("import.failed")));
        failed.addClassName("import-failed");
        failed.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("display", "inline-flex")
                .set("gap", "0.25em")
                .set("align-items", "center");
        return failed;
    }
}
