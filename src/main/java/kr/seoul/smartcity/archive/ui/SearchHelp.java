package kr.seoul.smartcity.archive.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;
import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException;

/**
 * What the archive says about a search, announced politely: how the text was read, a spelling that finds more,
 * the broader search shown or offered, or what to try when nothing was found.
 */
class SearchHelp extends Div {

    private final Consumer<String> searchFor;
    private final Runnable clearFilters;

    /**
     * @param searchFor searches for the corrected spelling
     * @param clearFilters searches again without the facets ticked
     */
    SearchHelp(Consumer<String> searchFor, Runnable clearFilters) {
        this.searchFor = searchFor;
        this.clearFilters = clearFilters;
        setId("archive-help");
        addClassName("archive-help");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(ArchiveSearchResult result) {
        removeAll();
        if (result.notice() != null) {
            String problem = getTranslation(
                    result.notice().problem().labelKey(), result.notice().argumentArray());
            Paragraph notice = new Paragraph(
                    result.notice().problem() == InvalidArchiveQueryException.Problem.TOO_LONG
                            ? problem
                            : getTranslation("archive.notice", problem));
            notice.setId("archive-notice");
            add(notice);
        }
        if (result.correction() != null) {
            String corrected = result.correction();
            Button correction = new Button(corrected, click -> searchFor.accept(corrected));
            correction.setId("archive-did-you-mean");
            correction.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Paragraph didYouMean = new Paragraph(new Span(getTranslation("archive.did-you-mean") + " "), correction);
            didYouMean.addClassName("archive-did-you-mean");
            add(didYouMean);
        }
        if (result.broader() != null) {
            add(broader(result.broader()));
        }
        if (result.total() == 0) {
            Paragraph none = new Paragraph(getTranslation("archive.none") + " " + getTranslation("archive.none.help"));
            none.setId("archive-none");
            add(none);
        }
        setVisible(getComponentCount() > 0);
    }

    private Paragraph broader(ArchiveSearchResult.Broader broader) {
        Paragraph text = new Paragraph(getTranslation(broader.kind().labelKey(), broader.total()));
        text.setId("archive-broader");
        if (broader.kind() == ArchiveSearchResult.Broader.Kind.WITHOUT_FILTERS) {
            Button clear = new Button(getTranslation("archive.broader.clear-filters"), click -> clearFilters.run());
            clear.setId("archive-clear-filters");
            text.add(new Span(" "), clear);
        }
        return text;
    }
}
