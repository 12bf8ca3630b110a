package kr.seoul.smartcity.summary.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import kr.seoul.smartcity.summary.service.DocumentRef;
import kr.seoul.smartcity.summary.service.SummaryService;

/**
 * Adds "Summarise" to approval documents, archive items and archive search results. The reader is captured when
 * the page is built; the text is fetched, with its access check, when they click.
 */
@org.springframework.stereotype.Component
class SummaryPanels implements DocumentPanelContributor {

    static final int MAX_RESULTS = 10;

    private final SummaryService service;
    private final CurrentUser currentUser;
    private final UiRateLimits rateLimits;

    SummaryPanels(SummaryService service, CurrentUser currentUser, UiRateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.service = service;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> documentPanel(String source, long id) {
        if (!source.equals(DocumentRef.APPROVAL) && !source.equals(DocumentRef.ARCHIVE)) {
            return Optional.empty();
        }
        String username = currentUser.get().map(CityUser::getUsername).orElse(null);
        Viewer viewer = currentUser.viewer();
        DocumentRef ref = new DocumentRef(source, id);
        return Optional.of(
                new SummaryPanel(service, rateLimits, "summary.title", () -> service.document(username, viewer, ref)));
    }

    @Override
    public Optional<Component> resultsPanel(String source, String query, List<Long> ids) {
        if (!source.equals(DocumentRef.ARCHIVE) || ids.isEmpty()) {
            return Optional.empty();
        }
        Viewer viewer = currentUser.viewer();
        List<Long> top = List.copyOf(ids.subList(0, Math.min(MAX_RESULTS, ids.size())));
        SummaryPanel panel = new SummaryPanel(
                service, rateLimits, "summary.results.title", () -> service.archiveResults(viewer, query, top));
        panel.addClassName("summary-results");
        return Optional.of(panel);
    }
}
