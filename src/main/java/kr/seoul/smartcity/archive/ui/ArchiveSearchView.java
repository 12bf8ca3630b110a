package kr.seoul.smartcity.archive.ui;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.SavedSearch;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.archive.service.InvalidArchiveItemException;
import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException;
import kr.seoul.smartcity.archive.service.SavedSearchService;
import kr.seoul.smartcity.base.ui.Card;
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

    private final TextField queryField = new TextField();
    private final Select<ArchiveQuery.Sort> sort = new Select<>();
    private final Div message = new Div();
    private final Div facets = new Div();
    private final Span count = new Span();
    private final Div help = new Div();
    private final Div hits = new Div();
    private final Button more = new Button();
    private final Div saved = new Div();
    private final Div resultsPanel = new Div();
    private final ObjectProvider<DocumentPanelContributor> contributors;

    private final Set<ArchiveItemType> types = new LinkedHashSet<>();
    private final Set<String> departments = new LinkedHashSet<>();
    private final Set<Integer> years = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
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
        addClassNames("page", "archive-view");

        queryField.setId("archive-query");
        queryField.setPlaceholder(getTranslation("archive.query.placeholder"));
        queryField.setAriaLabel(getTranslation("archive.query.label"));
        queryField.setClearButtonVisible(true);
        queryField.addKeyPressListener(Key.ENTER, enter -> runNewSearch());
        queryField.addClassName("archive-query");
        Button go = new Button(getTranslation("archive.search"), click -> runNewSearch());
        go.setId("archive-search");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sort.setId("archive-sort");
        sort.setItems(ArchiveQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(ArchiveQuery.Sort.RELEVANCE);
        sort.setAriaLabel(getTranslation("archive.sort.label"));
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                runNewSearch();
            }
        });
        Div bar = new Div(queryField, go, sort);
        bar.addClassName("archive-bar");

        message.setId("archive-message");
        message.addClassName("archive-message");
        message.setVisible(false);
        facets.setId("archive-facets");
        facets.addClassName("archive-facets");
        count.setId("archive-count");
        count.addClassName("archive-count");
        hits.setId("archive-hits");
        hits.addClassName("archive-hits");
        more.setText(getTranslation("archive.more"));
        more.setId("archive-more");
        more.addClickListener(click -> loadMore());
        more.setVisible(false);
        resultsPanel.addClassName("archive-results-panel");
        help.setId("archive-help");
        help.addClassName("archive-help");
        help.getElement().setAttribute("role", "status");
        help.getElement().setAttribute("aria-live", "polite");
        Div results = new Div(count, help, resultsPanel, hits, more);
        results.setId("archive-results");
        results.addClassName("archive-results");
        Div body = new Div(facets, results);
        body.addClassName("archive-body");

        add(new H1(getTranslation("nav.archive")), new Paragraph(getTranslation("archive.lead")), bar, message);
        if (viewer.isStaff() && user != null) {
            add(savedCard());
        }
        add(body);
    }

    private com.vaadin.flow.component.Component savedCard() {
        TextField name = new TextField();
        name.setId("archive-save-name");
        name.setPlaceholder(getTranslation("archive.saved.name"));
        name.setAriaLabel(getTranslation("archive.saved.name"));
        Button save = new Button(getTranslation("archive.saved.save"), click -> {
            try {
                String label = name.getValue().isBlank() ? queryField.getValue() : name.getValue();
                savedSearches.save(viewer, user.getUsername(), label, queryField.getValue(), sort.getValue());
                name.clear();
                refreshSaved();
            } catch (InvalidArchiveItemException e) {
                showMessage(e.getMessage(), "error");
            }
        });
        save.setId("archive-save");
        Div form = new Div(name, save);
        form.addClassName("archive-save-form");
        saved.setId("archive-saved");
        saved.addClassName("archive-saved");
        refreshSaved();
        return Card.titled(getTranslation("archive.saved.title"), form, saved);
    }

    private void refreshSaved() {
        saved.removeAll();
        List<SavedSearch> mine = savedSearches.list(user.getUsername());
        if (mine.isEmpty()) {
            saved.add(new Paragraph(getTranslation("archive.saved.none")));
        }
        for (SavedSearch s : mine) {
            Button run = new Button(s.name(), click -> {
                queryField.setValue(s.query());
                sort.setValue("DATE".equals(s.sort()) ? ArchiveQuery.Sort.DATE : ArchiveQuery.Sort.RELEVANCE);
                runNewSearch();
            });
            run.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            run.addClassName("archive-saved-run");
            Button delete = new Button(getTranslation("archive.saved.delete"), click -> {
                savedSearches.delete(user.getUsername(), s.id());
                refreshSaved();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Span query = new Span(s.query());
            query.addClassName("archive-saved-query");
            Div row = new Div(run, query, delete);
            row.addClassName("archive-saved-row");
            saved.add(row);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String q =
                event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        queryField.setValue(q);
        String s = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("sort")
                .orElse("");
        sort.setValue("date".equalsIgnoreCase(s) ? ArchiveQuery.Sort.DATE : ArchiveQuery.Sort.RELEVANCE);
        clearFacets();
        execute(false);
    }

    private void clearFacets() {
        types.clear();
        departments.clear();
        years.clear();
        tags.clear();
    }

    private void runNewSearch() {
        clearFacets();
        Map<String, List<String>> params = new HashMap<>();
        if (!queryField.getValue().isBlank()) {
            params.put("q", List.of(queryField.getValue()));
        }
        if (sort.getValue() == ArchiveQuery.Sort.DATE) {
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
            query = ArchiveQuery.of(queryField.getValue())
                    .withSort(sort.getValue())
                    .withFacets(Set.copyOf(types), Set.copyOf(departments), Set.copyOf(years), Set.copyOf(tags));
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
            renderFacets(result.facets());
            resultsPanel.removeAll();
            List<Long> ids = result.hits().stream().map(ArchiveHit::id).toList();
            contributors
                    .orderedStream()
                    .forEach(contributor -> contributor
                            .resultsPanel("archive", queryField.getValue(), ids)
                            .ifPresent(resultsPanel::add));
        }
        count.setText(getTranslation("archive.count", result.total()));
        if (!append) {
            showHelp(result);
        }
        result.hits().forEach(hit -> hits.add(row(hit)));
        more.setVisible(nextCursor != null && hits.getComponentCount() < result.total());
    }

    /** How the text was read, a spelling that finds more, the broader search shown or offered, or what to try. */
    private void showHelp(ArchiveSearchResult result) {
        help.removeAll();
        if (result.notice() != null) {
            String problem = getTranslation(
                    result.notice().problem().labelKey(), result.notice().argumentArray());
            Paragraph notice = new Paragraph(
                    result.notice().problem() == InvalidArchiveQueryException.Problem.TOO_LONG
                            ? problem
                            : getTranslation("archive.notice", problem));
            notice.setId("archive-notice");
            help.add(notice);
        }
        if (result.correction() != null) {
            String corrected = result.correction();
            Button correction = new Button(corrected, click -> {
                queryField.setValue(corrected);
                runNewSearch();
            });
            correction.setId("archive-did-you-mean");
            correction.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Paragraph didYouMean = new Paragraph(new Span(getTranslation("archive.did-you-mean") + " "), correction);
            didYouMean.addClassName("archive-did-you-mean");
            help.add(didYouMean);
        }
        ArchiveSearchResult.Broader broader = result.broader();
        if (broader != null) {
            Paragraph text = new Paragraph(getTranslation(broader.kind().labelKey(), broader.total()));
            text.setId("archive-broader");
            help.add(text);
            if (broader.kind() == ArchiveSearchResult.Broader.Kind.WITHOUT_FILTERS) {
                Button clear = new Button(getTranslation("archive.broader.clear-filters"), click -> {
                    clearFacets();
                    execute(false);
                });
                clear.setId("archive-clear-filters");
                text.add(new Span(" "), clear);
            }
        }
        if (result.total() == 0) {
            Paragraph none = new Paragraph(getTranslation("archive.none") + " " + getTranslation("archive.none.help"));
            none.setId("archive-none");
            help.add(none);
        }
        help.setVisible(help.getComponentCount() > 0);
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

    private Div row(ArchiveHit hit) {
        Anchor title = new Anchor("archive/item/" + hit.id(), "");
        title.getElement().setProperty("innerHTML", hit.titleHtml());
        title.getElement().setAttribute("router-link", true);
        title.addClassName("archive-hit-title");
        Span snippet = new Span();
        snippet.getElement().setProperty("innerHTML", hit.snippetHtml());
        snippet.addClassName("archive-hit-snippet");
        Span meta = new Span(department(hit.departmentCode()) + " · " + hit.issuedOn() + " · "
                + getTranslation(hit.type().labelKey()));
        meta.addClassName("archive-hit-meta");
        Div row = new Div(title, snippet, meta);
        row.addClassName("archive-hit");
        row.getElement().setAttribute("data-id", String.valueOf(hit.id()));
        row.getElement().setAttribute("data-language", hit.language().toLowerCase());
        return row;
    }

    private String department(String code) {
        return departmentNames.computeIfAbsent(
                code,
                c -> directory.findDepartment(c).map(d -> d.name(getLocale())).orElse(c));
    }

    private void renderFacets(ArchiveSearchResult.Facets result) {
        facets.removeAll();
        facets.add(facet(
                "type",
                getTranslation("archive.facet.type"),
                result.types(),
                v -> getTranslation("archive.type." + v),
                types,
                ArchiveItemType::valueOf));
        facets.add(facet(
                "department",
                getTranslation("archive.facet.department"),
                result.departments(),
                this::department,
                departments,
                Function.identity()));
        facets.add(facet(
                "year",
                getTranslation("archive.facet.year"),
                result.years().stream()
                        .sorted((a, b) -> b.value().compareTo(a.value()))
                        .toList(),
                Function.identity(),
                years,
                Integer::valueOf));
        facets.add(facet(
                "tags",
                getTranslation("archive.facet.tags"),
                result.tags(),
                Function.identity(),
                tags,
                Function.identity()));
    }

    private <T> Div facet(
            String key,
            String heading,
            List<ArchiveSearchResult.FacetCount> counts,
            Function<String, String> label,
            Set<T> selected,
            Function<String, T> parse) {
        Div group = new Div(new H3(heading));
        group.addClassName("archive-facet");
        group.getElement().setAttribute("data-facet", key);
        for (ArchiveSearchResult.FacetCount c : counts) {
            T value = parse.apply(c.value());
            Checkbox box = new Checkbox(label.apply(c.value()) + " (" + c.count() + ")");
            box.setValue(selected.contains(value));
            box.getElement().setAttribute("data-value", c.value());
            box.addValueChangeListener(change -> {
                if (change.getValue()) {
                    selected.add(value);
                } else {
                    selected.remove(value);
                }
                execute(false);
            });
            group.add(box);
        }
        if (counts.isEmpty()) {
            group.setVisible(false);
        }
        return group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.archive") + " · " + getTranslation("app.title");
    }
}
