package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.dom.Element;

/**
 * Cells of the plain HTML tables that stand beside charts and maps as their text alternative: headers carry their
 * scope, so a screen reader reads each value with its column and row, and every text is set as text.
 */
public final class TableCells {

    private TableCells() {}

    public static Element columnHeader(String text) {
        return header("col", text);
    }

    public static Element rowHeader(String text) {
        return header("row", text);
    }

    public static Element cell(String text) {
        Element cell = new Element("td");
        cell.setText(text);
        return cell;
    }

    private static Element header(String scope, String text) {
        Element header = new Element("th");
        header.setAttribute("scope", scope);
        header.setText(text);
        return header;
    }
}
