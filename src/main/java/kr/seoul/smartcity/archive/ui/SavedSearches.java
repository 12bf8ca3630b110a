package kr.seoul.smartcity.archive.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import kr.seoul.smartcity.archive.domain.SavedSearch;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.InvalidArchiveItemException;
import kr.seoul.smartcity.archive.service.SavedSearchService;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.security.service.Viewer;

/** A staff member's saved archive searches: each runs again with one click or is deleted; the search shown is saved under a name. */
class SavedSearches extends Div {

    private final SavedSearchService service;
    private final Viewer viewer;
    private final String username;
    private final Consumer<SavedSearch> run;

    /** @param run runs a saved search */
    SavedSearches(SavedSearchService service, Viewer viewer, String username, Consumer<SavedSearch> run) {
        this.service = service;
        this.viewer = viewer;
        this.username = username;
        this.run = run;
        setId("archive-saved");
        addClassName("archive-saved");
    }

    /**
     * The card with the form that saves the search shown and the list of saved ones.
     *
     * @param failed receives the reason a search could not be saved
     */
    Section card(Supplier<String> query, Supplier<ArchiveQuery.Sort> sort, Consumer<String> failed) {
        TextField name = new TextField();
        name.setId("archive-save-name");
        name.setPlaceholder(getTranslation("archive.saved.name"));
        name.setAriaLabel(getTranslation("archive.saved.name"));
        Button save = new Button(getTranslation("archive.saved.save"), click -> {
            try {
                String label = name.getValue().isBlank() ? query.get() : name.getValue();
                service.save(viewer, username, label, query.get(), sort.get());
                name.clear();
                refresh();
            } catch (InvalidArchiveItemException e) {
                failed.accept(e.getMessage());
            }
        });
        save.setId("archive-save");
        Div form = new Div(name, save);
        form.addClassName("archive-save-form");
        refresh();
        return Card.titled(getTranslation("archive.saved.title"), form, this);
    }

    private void refresh() {
        removeAll();
        List<SavedSearch> mine = service.list(username);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("archive.saved.none")));
        }
        for (SavedSearch s : mine) {
            Button runButton = new Button(s.name(), click -> run.accept(s));
            runButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            runButton.addClassName("archive-saved-run");
            Button delete = new Button(getTranslation("archive.saved.delete"), click -> {
                service.delete(username, s.id());
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Span text = new Span(s.query());
            text.addClassName("archive-saved-query");
            Div row = new Div(runButton, text, delete);
            row.addClassName("archive-saved-row");
            add(row);
        }
    }
}
