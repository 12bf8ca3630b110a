package kr.seoul.smartcity.archive.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.archive.service.ArchiveHit;

/** One document found in the archive: its title and snippet with the words found marked, its department, date and type. */
class ArchiveHitRow extends Div {

    ArchiveHitRow(ArchiveHit hit, String department) {
        Anchor title = new Anchor("archive/item/" + hit.id(), "");
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("archive-hit-title");
        Span snippet = new Span();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        snippet.addClassName("archive-hit-snippet");
        Span meta = new Span(department + " · " + hit.issuedOn() + " · "
                + getTranslation(hit.type().labelKey()));
        meta.addClassName("archive-hit-meta");
        add(title, snippet, meta);
        addClassName("archive-hit");
        getElement().setAttribute("data-id", String.valueOf(hit.id()));
        getElement().setAttribute("data-language", hit.language().toLowerCase());
    }
}
