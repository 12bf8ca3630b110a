package kr.seoul.smartcity.archive.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.security.service.Viewer;

/** Up to five archive documents like the one shown, each a link with its date. */
class SimilarDocuments extends Div {

    SimilarDocuments(ArchiveSearchService search, Viewer viewer, long itemId) {
        setId("archive-similar");
        try {
            List<ArchiveHit> like = search.similar(viewer, itemId, 5);
            if (like.isEmpty()) {
                add(new Paragraph(getTranslation("archive.similar.none")));
            }
            like.forEach(hit -> {
                Anchor link = new Anchor("archive/item/" + hit.id(), hit.title());
                link.getElement().setAttribute("router-link", true);
                Span date = new Span(" · " + hit.issuedOn());
                date.addClassName("archive-hit-meta");
                Div row = new Div(link, date);
                row.addClassName("archive-similar-row");
                add(row);
            });
        } catch (ArchiveUnavailableException e) {
            add(new Paragraph(getTranslation("archive.error.unavailable")));
        }
    }
}
