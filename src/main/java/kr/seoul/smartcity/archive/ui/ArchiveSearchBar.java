package kr.seoul.smartcity.archive.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.archive.service.ArchiveQuery;

/** The archive's search box, its button and the order of the hits; Enter searches as the button does. */
class ArchiveSearchBar extends Div {

    private final TextField queryField = new TextField();
    private final Select<ArchiveQuery.Sort> sort = new Select<>();

    /** @param search runs a new search with what the bar holds (also when the reader changes the order) */
    ArchiveSearchBar(Runnable search) {
        queryField.setId("archive-query");
        queryField.setPlaceholder(getTranslation("archive.query.placeholder"));
        queryField.setAriaLabel(getTranslation("archive.query.label"));
        queryField.setClearButtonVisible(true);
        queryField.addKeyPressListener(Key.ENTER, enter -> search.run());
        queryField.addClassName("archive-query");
        Button go = new Button(getTranslation("archive.search"), click -> search.run());
        go.setId("archive-search");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setId("archive-sort");
        sort.setItems(ArchiveQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(ArchiveQuery.Sort.RELEVANCE);
        sort.setAriaLabel(getTranslation("archive.sort.label"));
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                search.run();
            }
        });
        add(queryField, go, sort);
        addClassName("archive-bar");
    }

    String query() {
        return queryField.getValue();
    }

    void setQuery(String query) {
        queryField.setValue(query);
    }

    ArchiveQuery.Sort sort() {
        return sort.getValue();
    }

    void setSort(ArchiveQuery.Sort order) {
        sort.setValue(order);
    }
}
