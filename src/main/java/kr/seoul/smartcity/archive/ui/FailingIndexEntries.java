package kr.seoul.smartcity.archive.ui;

import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import kr.seoul.smartcity.archive.domain.WaitingIndexEntry;
import kr.seoul.smartcity.base.domain.Seoul;

/** Outbox entries the index keeps failing on: the item, the operation, attempts, the next attempt and the error. */
class FailingIndexEntries extends Grid<WaitingIndexEntry> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Seoul.ZONE);

    FailingIndexEntries() {
        setId("index-failing");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentColumn(entry -> new Anchor("archive/item/" + entry.itemId(), "#" + entry.itemId()))
                .setHeader(getTranslation("archive.index.column.item"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> getTranslation(entry.operation().labelKey()))
                .setHeader(getTranslation("archive.index.column.operation"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(WaitingIndexEntry::attempts)
                .setHeader(getTranslation("archive.index.column.attempts"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> TIME.format(entry.nextAttemptAt()))
                .setHeader(getTranslation("archive.index.column.next"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> entry.lastError() == null ? "" : entry.lastError())
                .setHeader(getTranslation("archive.index.column.error"))
                .setFlexGrow(3);
    }
}
