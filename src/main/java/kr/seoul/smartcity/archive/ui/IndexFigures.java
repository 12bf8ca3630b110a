package kr.seoul.smartcity.archive.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Figures of the archive's search index, each a label and a value with an id of its own. */
class IndexFigures extends Div {

    IndexFigures() {
        addClassNames("index-figures", "archive-meta");
    }

    void figure(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("archive-meta-label");
        Span text = new Span(value);
        text.setId(id);
        text.addClassName("archive-meta-value");
        add(label, text);
    }
}
