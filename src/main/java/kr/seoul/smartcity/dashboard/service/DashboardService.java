package kr.seoul.smartcity.dashboard.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dashboard.domain.Dashboard;
import kr.seoul.smartcity.dashboard.domain.DashboardPage;
import kr.seoul.smartcity.dashboard.domain.DashboardStore;
import kr.seoul.smartcity.dashboard.domain.DashboardVersion;
import kr.seoul.smartcity.dashboard.domain.Layout;
import kr.seoul.smartcity.dashboard.domain.Perspective;
import kr.seoul.smartcity.dashboard.domain.Widget;
import kr.seoul.smartcity.dashboard.domain.WidgetForm;
import kr.seoul.smartcity.dashboard.domain.WidgetKind;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Dashboards as their readers open them and as administrators arrange them. Who may do what is checked here, not
 * only on screen: anyone opens a dashboard open to the public and sees its public widgets; staff open the others;
 * administrators arrange every dashboard, a department's officials their department's, everyone their own pins.
 */
@Service
public class DashboardService {

    private static final String ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int MAX_WIDGETS_PER_PAGE = 40;
    private static final int MAX_PAGES = 12;

    private final DashboardStore store;
    private final CityStatusService status;
    private final WidgetDisclosure disclosure;
    private final LiveEventBus events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Dashboards as stored, shared by every screen that opens them; a change on any instance drops its entry. */
    private final Map<String, Dashboard> stored = new ConcurrentHashMap<>();

    DashboardService(
            DashboardStore store,
            CityStatusService status,
            WidgetDisclosure disclosure,
            LiveEventBus events,
            Clock clock) {
        this.store = store;
        this.status = status;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
        // subscribed before any screen, so that screens told to recompose read the new arrangement
        events.subscribe(DashboardChanged.TOPIC, changed -> stored.remove(changed.slug()));
    }

    /**
     * A dashboard as this reader sees it: only the widgets they may see, in their language. Empty when it does not
     * exist or is not theirs to open.
     */
    public Optional<Dashboard> open(DashboardActor reader, String slug, java.util.Locale locale) {
        return stored(slug)
                .filter(dashboard -> mayOpen(reader, dashboard))
                .map(dashboard -> forReader(reader.viewer(), dashboard, locale));
    }

    /** A dashboard as stored, from the shared copy; only dashboards that exist are kept. */
    private Optional<Dashboard> stored(String slug) {
        Dashboard shared = stored.get(slug);
        if (shared != null) {
            return Optional.of(shared);
        }
        Optional<Dashboard> found = store.find(slug);
        found.ifPresent(dashboard -> stored.put(slug, dashboard));
        return found;
    }

    /** The start page of a member of staff: their department's dashboard if it has one, else the mayor's office. */
    public Optional<Dashboard> office(DashboardActor reader, java.util.Locale locale) {
        Optional<Dashboard> department =
                reader.viewer().role() == Role.OFFICIAL && reader.viewer().departmentCode() != null
                        ? open(reader, departmentSlug(reader.viewer().departmentCode()), locale)
                        : Optional.empty();
        return department.or(() -> open(reader, "mayor", locale));
    }

    /** The dashboards this person may arrange (administrators: all but other people's own). */
    public List<Dashboard> arrangeable(DashboardActor actor) {
        return store.all().stream()
                .filter(dashboard -> mayArrange(actor, dashboard))
                .toList();
    }

    /** The dashboards this person may open, without their own personal one. */
    public List<Dashboard> openable(DashboardActor reader) {
        return store.all().stream()
                .filter(d -> d.perspective() != Perspective.PERSONAL && mayOpen(reader, d))
                .toList();
    }

    /** A dashboard to arrange, as stored. */
    public Dashboard forArranging(DashboardActor actor, String slug) {
        Dashboard dashboard = store.find(slug).orElseThrow(() -> notFound(slug));
        if (!mayArrange(actor, dashboard)) {
            throw notAllowed(slug);
        }
        return dashboard;
    }

    public boolean mayArrange(DashboardActor actor, Dashboard dashboard) {
        if (!actor.isStaff()) {
            return false;
        }
        if (dashboard.perspective() == Perspective.PERSONAL) {
            return actor.username().equals(dashboard.owner());
        }
        return actor.isAdmin()
                || dashboard.perspective() == Perspective.DEPARTMENT && actor.isOfficialOf(dashboard.departmentCode());
    }

    public List<DashboardVersion> versions(DashboardActor actor, String slug) {
        forArranging(actor, slug);
        return store.versions(slug);
    }

    /** Creates an empty dashboard (administrators). */
    public Dashboard create(
            DashboardActor actor,
            String slug,
            String nameKo,
            String nameEn,
            Perspective perspective,
            @Nullable String departmentCode) {
        if (!actor.isAdmin()) {
            throw notAllowed(slug);
        }
        if (perspective == Perspective.PERSONAL) {
            throw new DashboardRefusedException(
                    DashboardRefusedException.Reason.CONFLICT,
                    "personal",
                    "A personal dashboard is made by pinning a widget");
        }
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{1,63}")) {
            throw new DashboardRefusedException(
                    DashboardRefusedException.Reason.CONFLICT,
                    "slug",
                    "Use 2-64 lower-case letters, digits and hyphens: " + slug,
                    String.valueOf(slug));
        }
        Dashboard draft = new Dashboard(
                slug,
                nameKo,
                nameEn,
                perspective,
                perspective == Perspective.DEPARTMENT ? departmentCode : null,
                null,
                false,
                null,
                new Layout(List.of()),
                0,
                actor.username(),
                clock.instant());
        return save(actor, draft, "created");
    }

    /** The department dashboard's address: {@code dept-traffic} for TRAFFIC. */
    public static String departmentSlug(String departmentCode) {
        return "dept-" + departmentCode.toLowerCase().replace('_', '-');
    }

    /**
     * Saves an arrangement read at {@code dashboard.version()} (0 for a new dashboard). Checks every widget: an
     * internal one on a citizens' screen is refused, as is a form the indicator cannot take.
     */
    public Dashboard save(DashboardActor actor, Dashboard dashboard, @Nullable String note) {
        if (dashboard.version() > 0) {
            Dashboard stored = store.find(dashboard.slug()).orElseThrow(() -> notFound(dashboard.slug()));
            if (!mayArrange(actor, stored)
                    || stored.perspective() != dashboard.perspective()
                    || !java.util.Objects.equals(stored.owner(), dashboard.owner())
                    || !java.util.Objects.equals(stored.departmentCode(), dashboard.departmentCode())) {
                throw notAllowed(dashboard.slug());
            }
        } else if (!(actor.isAdmin()
                || dashboard.perspective() == Perspective.PERSONAL
                        && actor.isStaff()
                        && actor.username().equals(dashboard.owner()))) {
            throw notAllowed(dashboard.slug());
        }
        check(actor, dashboard);
        Dashboard saved = store.save(dashboard, actor.username(), clock.instant(), note)
                .orElseThrow(() -> new DashboardRefusedException(
                        DashboardRefusedException.Reason.CONFLICT,
                        "changed",
                        "Someone else saved " + dashboard.slug() + " in the meantime",
                        dashboard.slug()));
        events.publish(DashboardChanged.TOPIC, new DashboardChanged(saved.slug()));
        return saved;
    }

    /** Restores an earlier version as a new version. */
    public Dashboard restore(DashboardActor actor, String slug, int version) {
        Dashboard current = forArranging(actor, slug);
        DashboardVersion old = store.versions(slug).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> notFound(slug + " v" + version));
        DashboardVersion.Definition then = old.definition();
        Dashboard restored = new Dashboard(
                slug,
                then.nameKo(),
                then.nameEn(),
                current.perspective(),
                current.departmentCode(),
                current.owner(),
                then.openToPublic(),
                then.rotateSeconds(),
                then.layout(),
                current.version(),
                actor.username(),
                clock.instant());
        return save(actor, restored, "restored v" + version);
    }

    public void delete(DashboardActor actor, String slug) {
        Dashboard dashboard = forArranging(actor, slug);
        if (List.of("home", "mayor", "kiosk").contains(dashboard.slug())) {
            throw new DashboardRefusedException(
                    DashboardRefusedException.Reason.CONFLICT,
                    "needed",
                    slug + " is a start screen and cannot be deleted",
                    slug);
        }
        store.delete(slug);
        events.publish(DashboardChanged.TOPIC, new DashboardChanged(slug));
    }

    /** The reader's own dashboard, empty until they pin a widget. */
    public Optional<Dashboard> personal(DashboardActor actor) {
        return actor.isStaff() ? store.personal(actor.username()) : Optional.empty();
    }

    /** Pins a copy of a widget the person sees to their own dashboard (created on the first pin). */
    public Dashboard pin(DashboardActor actor, Widget widget) {
        if (!actor.isStaff() || !disclosure.visibleTo(actor.viewer(), widget)) {
            throw notAllowed(widget.id());
        }
        Dashboard mine = store.personal(actor.username())
                .orElseGet(() -> new Dashboard(
                        "me-" + newWidgetId(),
                        actor.username(),
                        actor.username(),
                        Perspective.PERSONAL,
                        null,
                        actor.username(),
                        false,
                        null,
                        new Layout(List.of()),
                        0,
                        actor.username(),
                        clock.instant()));
        DashboardPage page = mine.layout().pages().getFirst();
        if (page.widgets().stream().anyMatch(w -> same(w, widget))) {
            return mine;
        }
        List<Widget> widgets = new java.util.ArrayList<>(page.widgets());
        widgets.add(widget.withId(newWidgetId()));
        return save(actor, mine.withLayout(new Layout(List.of(page.withWidgets(widgets)))), "pinned");
    }

    public Dashboard unpin(DashboardActor actor, String widgetId) {
        Dashboard mine = personal(actor).orElseThrow(() -> notFound(widgetId));
        DashboardPage page = mine.layout().pages().getFirst();
        return save(
                actor,
                mine.withLayout(new Layout(List.of(page.withWidgets(page.widgets().stream()
                        .filter(w -> !w.id().equals(widgetId))
                        .toList())))),
                "unpinned");
    }

    /** A public widget by its id, for embedding in other sites: empty unless a citizen may see it. */
    public Optional<Widget> embeddable(String widgetId) {
        return store.holding(widgetId)
                .filter(Dashboard::openToPublic)
                .flatMap(dashboard -> dashboard.layout().widget(widgetId))
                .filter(disclosure::isPublic);
    }

    /** A new widget id, unused so far. */
    public String newWidgetId() {
        StringBuilder id = new StringBuilder("w");
        for (int i = 0; i < 9; i++) {
            id.append(ID_LETTERS.charAt(random.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }

    private boolean mayOpen(DashboardActor reader, Dashboard dashboard) {
        if (dashboard.perspective() == Perspective.PERSONAL) {
            return reader.isStaff() && reader.username().equals(dashboard.owner());
        }
        return dashboard.openToPublic() || reader.viewer().isStaff();
    }

    private Dashboard forReader(Viewer viewer, Dashboard dashboard, java.util.Locale locale) {
        boolean allShown = dashboard
                .layout()
                .widgets()
                .allMatch(widget -> widget.shownIn(locale) && disclosure.visibleTo(viewer, widget));
        if (allShown) {
            return dashboard; // shared as it is by every reader who sees all of it
        }
        return dashboard.withLayout(new Layout(dashboard.layout().pages().stream()
                .map(page -> page.withWidgets(page.widgets().stream()
                        .filter(widget -> widget.shownIn(locale) && disclosure.visibleTo(viewer, widget))
                        .toList()))
                .filter(page -> !page.widgets().isEmpty())
                .toList()));
    }

    private void check(DashboardActor actor, Dashboard dashboard) {
        if (dashboard.nameKo() == null
                || dashboard.nameKo().isBlank()
                || dashboard.nameEn() == null
                || dashboard.nameEn().isBlank()
                || dashboard.nameKo().length() > 120
                || dashboard.nameEn().length() > 120) {
            throw conflict("name", "Give the dashboard a name in Korean and English (at most 120 characters)");
        }
        if (dashboard.layout().pages().size() > MAX_PAGES) {
            throw conflict("pages", "At most " + MAX_PAGES + " pages", MAX_PAGES);
        }
        Set<String> ids = new HashSet<>();
        for (DashboardPage page : dashboard.layout().pages()) {
            if (page.widgets().size() > MAX_WIDGETS_PER_PAGE) {
                throw conflict("widgets", "At most " + MAX_WIDGETS_PER_PAGE + " widgets a page", MAX_WIDGETS_PER_PAGE);
            }
            for (Widget widget : page.widgets()) {
                if (!widget.id().matches("[a-z0-9][a-z0-9-]{1,40}")
                        || !ids.add(widget.id())
                        || store.widgetIdUsedElsewhere(widget.id(), dashboard.slug())) {
                    throw conflict("widget-id", "Widget id " + widget.id() + " is taken", widget.id());
                }
                check(actor, dashboard, widget);
            }
        }
    }

    private void check(DashboardActor actor, Dashboard dashboard, Widget widget) {
        switch (widget.kind()) {
            case INDICATOR -> {
                Indicator indicator = widget.indicator() == null
                        ? null
                        : status.indicator(actor.viewer(), widget.indicator()).orElse(null);
                if (indicator == null) {
                    throw conflict(
                            "indicator", "Unknown indicator " + widget.indicator(), String.valueOf(widget.indicator()));
                }
                if (!WidgetForm.forIndicator(indicator.perDistrict(), indicator.warnAt() != null)
                        .contains(widget.form())) {
                    throw conflict(
                            "form",
                            indicator.code() + " cannot be shown as " + widget.form(),
                            indicator.name(java.util.Locale.KOREAN),
                            widget.form().name());
                }
            }
            case AREA_TILES -> {
                if (widget.area() == null
                        || status.area(widget.area()).filter(a -> !a.retired()).isEmpty()) {
                    throw conflict("area", "Unknown area " + widget.area(), String.valueOf(widget.area()));
                }
            }
            case TEXT -> {
                if (length(widget.textKo())
                                + length(widget.textEn())
                                + length(widget.titleKo())
                                + length(widget.titleEn())
                        > 4000) {
                    throw conflict("text", "A text widget holds at most 4000 characters");
                }
            }
            default -> {}
        }
        if (dashboard.perspective().publicOnly() && !disclosure.isPublic(widget)) {
            String what = widget.kind() == WidgetKind.INDICATOR
                    ? status.indicator(actor.viewer(), widget.indicator())
                            .map(i -> i.name(java.util.Locale.KOREAN))
                            .orElse(widget.indicator())
                    : widget.kind().name();
            throw conflict(
                    "internal-on-public",
                    "Widget " + what + " is not public and cannot stand on " + dashboard.slug(),
                    what);
        }
    }

    private static int length(@Nullable String text) {
        return text == null ? 0 : text.length();
    }

    private static boolean same(Widget a, Widget b) {
        return a.kind() == b.kind()
                && java.util.Objects.equals(a.indicator(), b.indicator())
                && java.util.Objects.equals(a.area(), b.area())
                && a.form() == b.form()
                && a.kind() != WidgetKind.TEXT;
    }

    private static DashboardRefusedException conflict(String key, String english, Object... arguments) {
        return new DashboardRefusedException(DashboardRefusedException.Reason.CONFLICT, key, english, arguments);
    }

    private static DashboardRefusedException notAllowed(String slug) {
        return new DashboardRefusedException(
                DashboardRefusedException.Reason.NOT_ALLOWED, "not-allowed", "Not yours to change: " + slug, slug);
    }

    private static DashboardRefusedException notFound(String slug) {
        return new DashboardRefusedException(
                DashboardRefusedException.Reason.NOT_FOUND, "unknown", "There is no dashboard " + slug, slug);
    }
}
