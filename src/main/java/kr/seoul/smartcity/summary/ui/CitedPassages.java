package kr.seoul.smartcity.summary.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.summary.domain.Passage;

/** The passages a summary cites, under their numbers, with the one whose number was pressed highlighted. */
class CitedPassages extends Div {

    private final Map<String, Div> shown = new LinkedHashMap<>();

    CitedPassages() {
        setId("summary-passages");
        addClassName("summary-passages");
        setVisible(false);
    }

    /** @param cited the ids of the passages cited, in the order of their numbers */
    void show(List<String> cited, Map<String, Passage> passages) {
        for (String id : cited) {
            Passage passage = passages.get(id);
            Span number = new Span(String.valueOf(cited.indexOf(id) + 1));
            number.addClassName("summary-passage-number");
            Div body = new Div();
            body.addClassName("summary-passage-body");
            if (passage != null && !passage.heading().isEmpty()) {
                Span heading = new Span(passage.heading());
                heading.addClassName("summary-passage-heading");
                body.add(heading);
            }
            body.add(new Span(passage == null ? id : passage.text()));
            Div view = new Div(number, body);
            view.setId("summary-passage-" + id);
            view.addClassName("summary-passage");
            add(view);
            shown.put(id, view);
        }
    }

    int count() {
        return shown.size();
    }

    /** Highlights the passage and scrolls to it. */
    void highlight(String id) {
        shown.forEach((key, view) -> view.removeClassName("highlighted"));
        Div view = shown.get(id);
        if (view != null) {
            view.addClassName("highlighted");
            view.scrollIntoView();
        }
    }

    void clear() {
        removeAll();
        setVisible(false);
        shown.clear();
    }
}
