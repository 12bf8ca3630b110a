package kr.seoul.smartcity.citystatus.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;

/** A catalogue entry's badges: retired, its disclosure and a disclosure awaiting approval. */
class DisclosureBadges extends Div {

    DisclosureBadges(CatalogueEntry entry) {
        addClassName("catalogue-badges");
        if (entry.retired()) {
            add(badge(getTranslation("catalogue.retired-badge"), "badge contrast"));
        }
        add(badge(
                getTranslation(entry.indicator().disclosure().labelKey()),
                switch (entry.indicator().disclosure()) {
                    case PUBLIC -> "badge success";
                    case INTERNAL -> "badge";
                    case RESTRICTED -> "badge error";
                }));
        if (entry.pending() != null) {
            Span pending = badge(
                    getTranslation(
                            "catalogue.pending-badge",
                            getTranslation(entry.pending().disclosure().labelKey())),
                    "badge warning");
            pending.addClassName("catalogue-pending-badge");
            add(pending);
        }
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme);
        return badge;
    }
}
