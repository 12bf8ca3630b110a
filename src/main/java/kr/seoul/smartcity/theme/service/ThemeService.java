package kr.seoul.smartcity.theme.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.text.PlainText;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.civic.service.ProjectService;
import kr.seoul.smartcity.civic.service.ProjectSummary;
import kr.seoul.smartcity.security.service.DisclosurePolicy;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.CityTheme;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.domain.ThemeItemKind;
import kr.seoul.smartcity.theme.domain.ThemeStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Theme pages of civic affairs (issue 21): staff compose them from indicators, key projects, places and archive
 * documents; citizens read the published public ones. What a theme shows of another feature is asked of that feature
 * for the viewer, so a public theme never carries an internal indicator or project to a citizen.
 */
@Service
public class ThemeService {

    /** The city's bounds, with a little margin: a place outside them is a typing mistake, not a place in Seoul. */
    public static final double SOUTH = 37.41;

    public static final double NORTH = 37.72;
    public static final double WEST = 126.76;
    public static final double EAST = 127.19;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 40;

    private final ThemeStore store;
    private final DisclosurePolicy policy;
    private final CityStatusService status;
    private final ProjectService projects;
    private final ArchiveService archive;
    private final Clock clock;

    ThemeService(
            ThemeStore store,
            DisclosurePolicy policy,
            CityStatusService status,
            ProjectService projects,
            ArchiveService archive,
            Clock clock) {
        this.store = store;
        this.policy = policy;
        this.status = status;
        this.projects = projects;
        this.archive = archive;
        this.clock = clock;
    }

    /** The themes the viewer may read, in their order: for citizens the published public ones. */
    public List<CityTheme> published(Viewer viewer) {
        return store.all().stream().filter(theme -> readable(viewer, theme)).toList();
    }

    /** Every theme, published or not, for an editor to choose from. */
    public List<CityTheme> all(ThemeEditor editor) {
        requireEditor(editor);
        return store.all();
    }

    /** A theme with its items as stored, for an editor to change. */
    public Optional<ThemeDraft> draft(ThemeEditor editor, String slug) {
        requireEditor(editor);
        return store.find(slug)
                .map(theme -> new ThemeDraft(
                        theme.slug(),
                        theme.titleKo(),
                        theme.titleEn(),
                        theme.introKo(),
                        theme.introEn(),
                        theme.sortOrder(),
                        theme.published(),
                        theme.disclosure(),
                        store.items(slug)));
    }

    /** The stored theme itself (with its version), for an editor. */
    public Optional<CityTheme> find(ThemeEditor editor, String slug) {
        requireEditor(editor);
        return store.find(slug);
    }

    /**
     * One theme as the viewer sees it, if they may read it: published (staff may also preview unpublished ones) and
     * of a class they may see, with only the items the owning features let them see.
     */
    public Optional<ThemePage> page(Viewer viewer, String slug) {
        return store.find(slug)
                .filter(theme -> readable(viewer, theme) || (viewer.isStaff() && policy.canSee(viewer, theme)))
                .map(theme -> page(viewer, theme, store.items(slug)));
    }

    private ThemePage page(Viewer viewer, CityTheme theme, List<ThemeItem> items) {
        List<ThemePage.IndicatorEntry> indicators = new ArrayList<>();
        List<ThemePage.ProjectEntry> shownProjects = new ArrayList<>();
        List<ThemeItem> places = new ArrayList<>();
        List<ThemePage.DocumentEntry> documents = new ArrayList<>();
        Map<String, ProjectSummary> visibleProjects = items.stream().anyMatch(i -> i.kind() == ThemeItemKind.PROJECT)
                ? projects.projects(viewer).stream()
                        .collect(Collectors.toMap(s -> s.project().code(), Function.identity(), (a, b) -> a))
                : Map.of();
        for (ThemeItem item : items) {
            switch (item.kind()) {
                case INDICATOR ->
                    status.tile(viewer, item.reference(), null)
                            .ifPresent(tile -> indicators.add(new ThemePage.IndicatorEntry(item, tile)));
                case PROJECT ->
                    Optional.ofNullable(visibleProjects.get(item.reference()))
                            .ifPresent(summary -> shownProjects.add(new ThemePage.ProjectEntry(item, summary)));
                case PLACE -> places.add(item);
                case DOCUMENT ->
                    archiveId(item.reference())
                            .flatMap(id -> archive.find(viewer, id))
                            .ifPresent(found -> documents.add(new ThemePage.DocumentEntry(item, found.item())));
            }
        }
        return new ThemePage(
                theme,
                List.copyOf(indicators),
                List.copyOf(shownProjects),
                List.copyOf(places),
                List.copyOf(documents));
    }

    /**
     * Saves a theme with its items: a new one when {@code expectedVersion} is null, else over the version the editor
     * changed.
     *
     * @throws InvalidThemeException if the editor may not edit themes, the draft is incomplete, names an indicator,
     *                               project or document the editor cannot see, puts a place outside Seoul, or the
     *                               theme was changed (or its slug taken) by someone else meanwhile
     */
    public CityTheme save(ThemeEditor editor, ThemeDraft typed, @Nullable Integer expectedVersion) {
        requireEditor(editor);
        ThemeDraft draft = tidy(typed);
        validate(draft);
        for (int i = 0; i < draft.items().size(); i++) {
            validate(editor.viewer(), i + 1, draft.items().get(i));
        }
        int version = expectedVersion == null ? 0 : expectedVersion + 1;
        CityTheme theme = new CityTheme(
                draft.slug(),
                draft.titleKo(),
                draft.titleEn(),
                draft.introKo(),
                draft.introEn(),
                draft.sortOrder(),
                draft.published(),
                draft.disclosure(),
                editor.username(),
                clock.instant(),
                version);
        if (!store.save(theme, draft.items(), expectedVersion)) {
            throw expectedVersion == null
                    ? new InvalidThemeException("theme.error.slug-taken", draft.slug())
                    : new InvalidThemeException("theme.error.changed");
        }
        return theme;
    }

    private boolean readable(Viewer viewer, CityTheme theme) {
        return theme.published() && policy.canSee(viewer, theme);
    }

    private static void requireEditor(ThemeEditor editor) {
        if (editor == null || !editor.mayEdit()) {
            throw new InvalidThemeException("theme.error.not-allowed");
        }
    }

    private static ThemeDraft tidy(ThemeDraft draft) {
        List<ThemeItem> items = draft.items() == null
                ? List.of()
                : draft.items().stream()
                        .map(item -> new ThemeItem(
                                item.kind(),
                                blankToNull(item.reference()),
                                blankToNull(item.placeName()),
                                item.latitude(),
                                item.longitude(),
                                clean(item.noteKo()),
                                clean(item.noteEn())))
                        .toList();
        return new ThemeDraft(
                clean(draft.slug()).toLowerCase(java.util.Locale.ROOT),
                clean(draft.titleKo()),
                clean(draft.titleEn()),
                clean(draft.introKo()),
                clean(draft.introEn()),
                draft.sortOrder(),
                draft.published(),
                draft.disclosure(),
                items);
    }

    private static void validate(ThemeDraft draft) {
        if (draft.slug().isEmpty()
                || draft.slug().length() > MAX_SLUG
                || !SLUG.matcher(draft.slug()).matches()) {
            throw new InvalidThemeException("theme.error.slug");
        }
        if (draft.titleKo().isEmpty() || draft.titleEn().isEmpty()) {
            throw new InvalidThemeException("theme.error.title-required");
        }
        if (draft.titleKo().length() > ThemeDraft.MAX_TITLE || draft.titleEn().length() > ThemeDraft.MAX_TITLE) {
            throw new InvalidThemeException("theme.error.title-too-long", ThemeDraft.MAX_TITLE);
        }
        if (draft.introKo().length() > ThemeDraft.MAX_INTRO || draft.introEn().length() > ThemeDraft.MAX_INTRO) {
            throw new InvalidThemeException("theme.error.intro-too-long", ThemeDraft.MAX_INTRO);
        }
        if (draft.disclosure() != DisclosureClass.PUBLIC && draft.disclosure() != DisclosureClass.INTERNAL) {
            throw new InvalidThemeException("theme.error.disclosure");
        }
        if (draft.items().size() > ThemeDraft.MAX_ITEMS) {
            throw new InvalidThemeException("theme.error.too-many-items", ThemeDraft.MAX_ITEMS);
        }
    }

    private void validate(Viewer editor, int position, ThemeItem item) {
        if (item.kind() == null) {
            throw new InvalidThemeException("theme.error.kind-required", position);
        }
        if (item.noteKo().length() > ThemeDraft.MAX_NOTE || item.noteEn().length() > ThemeDraft.MAX_NOTE) {
            throw new InvalidThemeException("theme.error.note-too-long", position, ThemeDraft.MAX_NOTE);
        }
        if (item.kind() != ThemeItemKind.PLACE && item.reference() == null) {
            throw new InvalidThemeException("theme.error.reference-required", position);
        }
        switch (item.kind()) {
            case INDICATOR -> {
                if (status.indicator(editor, item.reference()).isEmpty()) {
                    throw new InvalidThemeException("theme.error.unknown-indicator", item.reference());
                }
            }
            case PROJECT -> {
                if (projects.project(editor, item.reference()).isEmpty()) {
                    throw new InvalidThemeException("theme.error.unknown-project", item.reference());
                }
            }
            case DOCUMENT -> {
                if (archiveId(item.reference())
                        .flatMap(id -> archive.find(editor, id))
                        .isEmpty()) {
                    throw new InvalidThemeException("theme.error.unknown-document", item.reference());
                }
            }
            case PLACE -> {
                if (item.placeName() == null || item.placeName().length() > ThemeDraft.MAX_TITLE) {
                    throw new InvalidThemeException("theme.error.place-name", position);
                }
                if (item.latitude() == null
                        || item.longitude() == null
                        || !inSeoul(item.latitude(), item.longitude())) {
                    throw new InvalidThemeException("theme.error.place-outside-seoul", item.placeName());
                }
            }
        }
    }

    /** Whether a position lies within the city's bounds. */
    public static boolean inSeoul(double latitude, double longitude) {
        return latitude >= SOUTH && latitude <= NORTH && longitude >= WEST && longitude <= EAST;
    }

    private static Optional<Long> archiveId(@Nullable String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(reference.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : PlainText.clean(text).strip();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
