package kr.seoul.smartcity.base.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A panel that another feature adds to the page of a document (such as a summary), so that the page's feature need
 * not know it: pages ask every contributor bean. {@code source} names the page's feature ({@code approval},
 * {@code archive}). Call from the UI thread; the panel is new on every call.
 */
public interface DocumentPanelContributor {

    /** A panel for one document; empty to add none. */
    Optional<Component> documentPanel(String source, long id);

    /** A panel for a list of search results, the ids in the order shown; empty to add none. */
    default Optional<Component> resultsPanel(String source, String query, List<Long> ids) {
        return Optional.empty();
    }
}
