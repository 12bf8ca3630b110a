package kr.seoul.smartcity.archive.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.archive.domain.SavedSearch;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException;
import kr.seoul.smartcity.archive.service.SavedSearchService;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.RateLimit;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.security.ui.UiRateLimits;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The digital archive search (디지털 아카이브): one search box whose text goes into the address ({@code ?q=}), facets
 * that narrow the hits, "more" with the service's cursor; staff keep searches under a name.
 */
@Route("archive")
@AnonymousAllowed
@Menu(order = 4, title = "nav.archive", icon = "vaadin:archive")
public class ArchiveSearchView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ArchiveSearchService search;
    private final UiRateLimits rateLimits;
    private final SavedSearchService savedSearches;
    private final DirectoryService directory;
    private final Viewer viewer;
    private final CityUser user;

    private final ArchiveSearchBar bar = new ArchiveSearchBar(this::runNewSearch);
    private final Div message = new Div();
    private final ArchiveFacets facets;
    private final Span count = new Span();
    private final SearchHelp help;
    private final Div hits = new Div();
    private final Button more = new Button();
    private final Div resultsPanel = new Div();
    private final ObjectProvider<DocumentPanelContributor> contributors;

    private final Map<String, String> departmentNames = new HashMap<>();
    private ArchiveQuery current = ArchiveQuery.of("");
    private String nextCursor;

    ArchiveSearchView(
            ArchiveSearchService search,
            SavedSearchService savedSearches,
            DirectoryService directory,
            CurrentUser currentUser,
            ObjectProvider<DocumentPanelContributor> contributors,
            UiRateLimits rateLimits) {
        this.contributors = contributors;
        this.rateLimits = rateLimits;
        this.search = search;
        this.savedSearches = savedSearches;
        this.directory = directory;
        this.viewer = currentUser.viewer();
        this.user = currentUser.get().orElse(null);
        this.facets = new ArchiveFacets(this::department, () -> execute(false));
        this.help = new SearchHelp(this::searchFor, () -> {
            facets.clear();
            execute(false);
        });
        addClassNames("page", "archive-view");
        Div results = results();
        Div body = new Div(facets, results);
        body.addClassName("archive-body");
        add(new H1(getTranslation("nav.archive")), new Paragraph(getTranslation("archive.lead")), bar, message);
        if (viewer.isStaff() && user != null) {
            SavedSearches saved = new SavedSearches(savedSearches, viewer, user.getUsername(), this::runSaved);
            add(saved.card(bar::query, bar::sort, text -> showMessage(text, "error")));
        }
        add(body);
    }

    private Div results() {
        message.setId("archive-message");
        message.addClassName("archive-message");
        message.setVisible(false);
        count.setId("archive-count");
        count.addClassName("archive-count");
        hits.setId("archive-hits");
        hits.addClassName("archive-hits");
        more.setText(getTranslation("archive.more"));
        more.setId("archive-more");
        more.addClickListener(click -> loadMore());
        more.setVisible(false);
        resultsPanel.addClassName("archive-results-panel");
        Div results = new Div(count, help, resultsPanel, hits, more);
        results.setId("archive-results");
        results.addClassName("archive-results");
        return results;
    }

    private void runSaved(SavedSearch saved) {
        bar.setQuery(saved.query());
        bar.setSort("DATE".equals(saved.sort()) ? ArchiveQuery.Sort.DATE : ArchiveQuery.Sort.RELEVANCE);
        runNewSearch();
    }

    private void searchFor(String text) {
        bar.setQuery(text);
        runNewSearch();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q =
                event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        bar.setQuery(q);
        String s = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("sort")
                .orElse("");
        bar.setSort("date".equalsIgnoreCase(s) ? ArchiveQuery.Sort.DATE : ArchiveQuery.Sort.RELEVANCE);
        facets.clear();
        execute(false);
    }

    private void runNewSearch() {
        facets.clear();
        Map<String, List<String>> params = new HashMap<>();
        if (!bar.query().isBlank()) {
            params.put("q", List.of(bar.query()));
        }
        if (bar.sort() == ArchiveQuery.Sort.DATE) {
            params.put("sort", List.of("date"));
        }
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("archive", new QueryParameters(params))));
        execute(false);
    }

    private void execute(boolean append) {
        if (!rateLimits.allow(this, RateLimit.SEARCH)) {
            return;
        }
        ArchiveQuery query;
        if (append) {
            query = current.after(nextCursor);
        } else {
            query = facets.narrow(ArchiveQuery.of(bar.query()).withSort(bar.sort()));
        }
        ArchiveSearchResult result;
        try {
            result = search.search(viewer, query);
        } catch (InvalidArchiveQueryException e) {
            showFailure(
                    getTranslation(
                            "archive.error.syntax", getTranslation(e.problem().labelKey(), e.arguments())),
                    "error");
            return;
        } catch (ArchiveUnavailableException e) {
            showFailure(getTranslation("archive.error.unavailable"), "warning");
            return;
        }
        message.setVisible(false);
        current = query;
        nextCursor = result.nextCursor();
        if (!append) {
            hits.removeAll();
            facets.show(result.facets());
            resultsPanel.removeAll();
            List<Long> ids = result.hits().stream().map(ArchiveHit::id).toList();
            contributors
                    .orderedStream()
                    .forEach(contributor -> contributor
                            .resultsPanel("archive", bar.query(), ids)
                            .ifPresent(resultsPanel::add));
        }
        count.setText(getTranslation("archive.count", result.total()));
        if (!append) {
            help.show(result);
        }
        result.hits().forEach(hit -> hits.add(new ArchiveHitRow(hit, department(hit.departmentCode()))));
        more.setVisible(nextCursor != null && hits.getComponentCount() < result.total());
    }

    private void showFailure(String text, String kind) {
        showMessage(text, kind);
        hits.removeAll();
        help.removeAll();
        resultsPanel.removeAll();
        facets.removeAll();
        count.setText("");
        more.setVisible(false);
    }

    private void showMessage(String text, String kind) {
        message.setText(text);
        message.getElement().setAttribute("data-kind", kind);
        message.setVisible(true);
    }

    private void loadMore() {
        if (nextCursor != null) {
            execute(true);
        }
    }

    private String department(String code) {
        return departmentNames.computeIfAbsent(
                code,
                c -> directory.findDepartment(c).map(d -> d.name(getLocale())).orElse(c));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.archive") + " · " + getTranslation("app.title");
    }
}
