package kr.seoul.smartcity.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.router.RouteParameterData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.Incident;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.NewIncident;
import kr.seoul.smartcity.civic.service.CivicIndexService;
import kr.seoul.smartcity.civic.service.OpinionService;
import kr.seoul.smartcity.civic.service.ProfileService;
import kr.seoul.smartcity.civic.service.ProjectService;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.notice.domain.Severity;
import kr.seoul.smartcity.notice.service.NoticeAuthor;
import kr.seoul.smartcity.notice.service.NoticeDraft;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.theme.domain.ThemeItem;
import kr.seoul.smartcity.theme.service.ThemeDraft;
import kr.seoul.smartcity.theme.service.ThemeEditor;
import kr.seoul.smartcity.theme.service.ThemeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What may not be disclosed stays out of every public place. Internal and restricted records of every kind — made
 * here with a secret marker in every text, and the internal records the city already has (indicators, civic indices,
 * projects, pledges, statistics, rankings, partner cities, foreign media, complaint topics, map points) by their
 * names — must not appear on any public route (found from the application's own route registry, so a new public
 * screen is crawled without anyone listing it), on the kiosk's panels, in any GET endpoint under /api/public (found
 * from Spring's handler mapping), in searches and facets, or in what live pushes bring to a citizen's open screens.
 * Public records made alongside must appear, so the crawl is known to look where such records would show.
 */
class DisclosureCrawlIT extends BrowserTest {

    @Autowired
    ServletContext servletContext;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    NoticeService notices;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ApprovalService approval;

    @Autowired
    DirectiveService directives;

    @Autowired
    ReportService reports;

    @Autowired
    IncidentService incidents;

    @Autowired
    IndicatorCatalog indicators;

    @Autowired
    CityFeedService feed;

    @Autowired
    CivicIndexService civic;

    @Autowired
    ProjectService projects;

    @Autowired
    ProfileService profile;

    @Autowired
    OpinionService opinions;

    @Autowired
    ThemeService themes;

    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    private static final Actor MAYOR_ACTOR = new Actor("mayor", "김서울", Role.MAYOR, null);
    private static final Actor TRAFFIC = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");

    private final String run = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    /** Texts that must never reach a citizen, with what they are. */
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** Texts that must reach a citizen, with the path where. */
    private final Map<String, String> controls = new LinkedHashMap<>();
    /** Values for route parameters, public and not. */
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();

    private String secret(String kind) {
        String marker = "SECRET" + kind + run;
        secrets.put(marker, kind + " made by the test");
        return marker;
    }

    private String control(String kind, String path) {
        String marker = "PUBLICCONTROL" + kind + run;
        controls.put(marker, path);
        return marker;
    }

    private void id(String parameter, Object value) {
        ids.computeIfAbsent(parameter, name -> new LinkedHashSet<>()).add(String.valueOf(value));
    }

    @Test
    void nothingInternalOrRestrictedReachesAnyPublicPlace() throws Exception {
        createRecords();
        collectExistingInternalNames();
        assertThat(secrets).hasSizeGreaterThan(20);

        List<String> leaks = new ArrayList<>();
        Browser citizen = browser();
        List<String> pages = publicPages();
        assertThat(pages).as("public routes found in the registry").contains("/", "/kiosk", "/archive", "/documents");
        Map<String, String> seen = new LinkedHashMap<>();
        for (String page : pages) {
            citizen.open(page);
            String text = citizen.allText() + citizen.js("return document.documentElement.outerHTML");
            seen.put(page, text);
            look(page, text, leaks);
        }
        // the kiosk turns its panels: read it until every panel has been shown
        citizen.open("/kiosk");
        StringBuilder kiosk = new StringBuilder();
        int panels = citizen.all(".kiosk-dot").size();
        java.util.Set<Object> read = new java.util.HashSet<>();
        long until = System.nanoTime() + Duration.ofSeconds(25).toNanos();
        while (System.nanoTime() < until && read.size() < Math.max(panels, 1)) {
            Object before = citizen.js("return document.querySelector('#kiosk-stage').getAttribute('data-panel')");
            kiosk.append(citizen.allText());
            Object after = citizen.js("return document.querySelector('#kiosk-stage').getAttribute('data-panel')");
            if (before != null && before.equals(after)) {
                read.add(after); // read whole: the panel did not turn while its text was read
            }
            Thread.sleep(500);
        }
        assertThat(read).as("kiosk panels read").hasSize(Math.max(panels, 1));
        look("/kiosk (all panels)", kiosk.toString(), leaks);
        seen.merge("/kiosk", kiosk.toString(), String::concat);

        List<String> endpoints = publicEndpoints();
        assertThat(endpoints)
                .as("open data API endpoints found in the handler mapping")
                .hasSizeGreaterThanOrEqualTo(5);
        for (String endpoint : endpoints) {
            HttpResponse<String> response = get(endpoint);
            seen.merge(endpoint, response.body(), String::concat);
            look(endpoint + " (" + response.statusCode() + ")", response.body(), leaks);
        }

        livePushes(leaks);
        System.out.printf(
                "Disclosure crawl: %d secrets (%d made here), %d public pages, %d API requests, %d controls%n",
                secrets.size(),
                secrets.values().stream()
                        .filter(what -> what.endsWith("made by the test"))
                        .count(),
                pages.size(),
                endpoints.size(),
                controls.size());

        assertThat(leaks).as("secrets seen by a citizen").isEmpty();
        for (Map.Entry<String, String> control : controls.entrySet()) {
            assertThat(seen.entrySet().stream()
                            .filter(entry -> entry.getKey().startsWith(control.getValue()))
                            .anyMatch(entry -> entry.getValue().contains(control.getKey())))
                    .as(
                            "public control %s shown at %s (the crawl looks where it should)",
                            control.getKey(), control.getValue())
                    .isTrue();
        }
    }

    private void createRecords() {
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft(
                        secret("NoticeInternal"),
                        secret("NoticeInternalBody"),
                        Severity.INFO,
                        DisclosureClass.INTERNAL,
                        null));
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft(
                        secret("NoticeRestricted"),
                        secret("NoticeRestrictedBody"),
                        Severity.WARNING,
                        DisclosureClass.RESTRICTED,
                        "TRAFFIC"));
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft(control("Notice", "/"), "", Severity.INFO, DisclosureClass.PUBLIC, null));

        for (DisclosureClass disclosure : List.of(DisclosureClass.INTERNAL, DisclosureClass.RESTRICTED)) {
            ArchiveItem item = archive.add(
                    ArchiveEditor.system("test"),
                    new ArchiveDraft(
                            secret("Archive" + disclosure),
                            ArchiveItemType.RESEARCH_REPORT,
                            "CLIMATE",
                            secret("ArchiveProducer" + disclosure),
                            LocalDate.of(2025, 5, 1),
                            List.of(secret("ArchiveTag" + disclosure)),
                            ArchiveLanguage.KO,
                            disclosure,
                            disclosure == DisclosureClass.RESTRICTED ? List.of(Role.OFFICIAL) : List.of(),
                            secret("ArchiveSummary" + disclosure)),
                    List.of(new NewFile(
                            "memo-" + run + disclosure + ".txt",
                            (secret("ArchiveText" + disclosure) + " 대기질 내부 검토").getBytes(StandardCharsets.UTF_8))));
            id("id", item.id());
        }
        ArchiveItem open = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        control("Archive", "/archive"),
                        ArchiveItemType.RESEARCH_REPORT,
                        "CLIMATE",
                        "서울연구원",
                        LocalDate.of(2025, 5, 1),
                        List.of("대기질"),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        "대기질 공개 자료"),
                List.of(new NewFile("open-" + run + ".txt", "대기질 내부 검토 공개본".getBytes(StandardCharsets.UTF_8))));
        id("id", open.id());
        controls.put(
                controls.keySet().stream()
                        .filter(key -> key.startsWith("PUBLICCONTROLArchive"))
                        .findFirst()
                        .orElseThrow(),
                "/api/public/archive/search");
        indexer.drainNow();

        id("id", completed(secret("ApprovalPrivate"), secret("ApprovalPrivateBody"), DisclosureLevel.PRIVATE));
        // partly disclosed: its particulars (title, number) are public, its text is not
        id("id", completed("부분공개 " + run, secret("ApprovalPartialBody"), DisclosureLevel.PARTIAL));
        id("id", completed(control("Approval", "/documents"), "공개 본문 " + run, DisclosureLevel.PUBLIC));

        Directive hidden = directives.issue(
                MAYOR_ACTOR,
                new NewDirective(
                        secret("Directive"),
                        secret("DirectiveBody"),
                        List.of("TRAFFIC"),
                        directives.now().plus(Duration.ofDays(5)),
                        null,
                        null));
        directives.acknowledge(TRAFFIC, hidden.id());
        directives.progress(TRAFFIC, hidden.id(), secret("DirectiveNote"), null, null, List.of());
        id("id", hidden.id());
        Directive published = directives.issue(
                MAYOR_ACTOR,
                new NewDirective(
                        control("Directive", "/public-directives"),
                        "공개 지시",
                        List.of("TRAFFIC"),
                        directives.now().plus(Duration.ofDays(5)),
                        null,
                        null));
        directives.acknowledge(TRAFFIC, published.id());
        directives.reportDone(TRAFFIC, published.id(), "공개 결과 " + run, List.of());
        directives.accept(MAYOR_ACTOR, published.id(), "");
        directives.publish(MAYOR_ACTOR, published.id());

        Report report = reports.submit(
                TRAFFIC,
                new NewReport(
                        secret("Report"),
                        secret("ReportPage") + "\n# " + secret("ReportHeading") + "\n" + secret("ReportText"),
                        null,
                        null),
                List.of());
        id("id", report.id());

        for (DisclosureClass disclosure : List.of(DisclosureClass.INTERNAL, DisclosureClass.RESTRICTED)) {
            Incident incident = incidents.report(new NewIncident(
                    "FIRE",
                    secret("Incident" + disclosure),
                    "11140",
                    secret("IncidentPlace" + disclosure),
                    disclosure,
                    "SAFETY"));
            id("id", incident.id());
        }
        incidents.report(new NewIncident(
                "FIRE", control("Incident", "/disasters"), "11140", "중구 시험 장소", DisclosureClass.PUBLIC, "SAFETY"));
        // theme pages: an internal one, an unpublished one, and a public one holding an internal indicator and project
        ThemeEditor editor = new ThemeEditor("admin", Role.ADMIN, null);
        themes.save(
                editor,
                new ThemeDraft(
                        "crawl-internal-" + run,
                        secret("ThemeInternal"),
                        "Internal theme",
                        secret("ThemeInternalIntro"),
                        "",
                        90,
                        true,
                        DisclosureClass.INTERNAL,
                        List.of()),
                null);
        themes.save(
                editor,
                new ThemeDraft(
                        "crawl-draft-" + run,
                        secret("ThemeUnpublished"),
                        "Draft theme",
                        "",
                        "",
                        90,
                        false,
                        DisclosureClass.PUBLIC,
                        List.of()),
                null);
        themes.save(
                editor,
                new ThemeDraft(
                        "crawl-public-" + run,
                        control("Theme", "/civic/themes"),
                        "Public theme",
                        "",
                        "",
                        90,
                        true,
                        DisclosureClass.PUBLIC,
                        List.of(
                                ThemeItem.indicator(
                                        "STAFF_ON_DUTY", secret("ThemeIndicatorNote"), secret("ThemeIndicatorNoteEn")),
                                ThemeItem.project(
                                        "PRJ_CONTROL_ROOM", secret("ThemeProjectNote"), secret("ThemeProjectNoteEn")))),
                null);
        List.of("crawl-internal-", "crawl-draft-", "crawl-public-").forEach(prefix -> id("slug", prefix + run));
        // the dashboards: the public ones, and the staff ones a citizen must not open
        List.of("home", "kiosk", "wall", "mayor").forEach(slug -> id("slug", slug));
    }

    private long completed(String title, String body, DisclosureLevel level) {
        DocumentView draft = approval.saveDraft(
                kr.seoul.smartcity.approval.service.Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        title,
                        body,
                        null,
                        level,
                        level == DisclosureLevel.PUBLIC ? null : 5,
                        Retention.YEARS_5,
                        List.of("공개시험"),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        DocumentView submitted = approval.submit(
                kr.seoul.smartcity.approval.service.Actor.of("traffic"),
                draft.document().id(),
                draft.document().revision());
        return approval.approve(
                        kr.seoul.smartcity.approval.service.Actor.of("director"),
                        submitted.document().id(),
                        submitted.document().revision(),
                        null)
                .document()
                .id();
    }

    /** The city's own internal records, by their names: what the mayor sees and a citizen must not. */
    private void collectExistingInternalNames() {
        hiddenNames(
                "indicator",
                indicators.visibleTo(MAYOR),
                indicators.visibleTo(Viewer.CITIZEN),
                indicator -> Stream.of(indicator.nameKo(), indicator.nameEn()));
        hiddenNames(
                "civic index",
                civic.overview(MAYOR, LocalDate.now().getYear() - 1).stream()
                        .flatMap(theme -> theme.indices().stream())
                        .toList(),
                civic.overview(Viewer.CITIZEN, LocalDate.now().getYear() - 1).stream()
                        .flatMap(theme -> theme.indices().stream())
                        .toList(),
                status -> Stream.of(status.index().nameKo(), status.index().nameEn()));
        hiddenNames(
                "project",
                projects.projects(MAYOR),
                projects.projects(Viewer.CITIZEN),
                summary ->
                        Stream.of(summary.project().nameKo(), summary.project().nameEn()));
        // codes for the routes that take one: the internal ones must not open, a public one must
        projects.projects(MAYOR).stream()
                .filter(summary -> !projects.projects(Viewer.CITIZEN).contains(summary))
                .forEach(summary -> id("code", summary.project().code()));
        projects.projects(Viewer.CITIZEN).stream()
                .limit(1)
                .forEach(summary -> id("code", summary.project().code()));
        civic.overview(MAYOR, LocalDate.now().getYear() - 1).stream()
                .flatMap(theme -> theme.indices().stream())
                .filter(status -> status.index().disclosure() != DisclosureClass.PUBLIC)
                .forEach(status -> id("code", status.index().code()));
        id("code", "11110");
        hiddenNames(
                "pledge",
                profile.pledges(MAYOR),
                profile.pledges(Viewer.CITIZEN),
                pledge -> Stream.of(pledge.titleKo(), pledge.titleEn()));
        hiddenNames(
                "statistic",
                profile.statistics(MAYOR),
                profile.statistics(Viewer.CITIZEN),
                statistic -> Stream.of(statistic.nameKo(), statistic.nameEn()));
        hiddenNames(
                "ranking",
                profile.rankings(MAYOR),
                profile.rankings(Viewer.CITIZEN),
                ranking -> Stream.of(ranking.rankingKo(), ranking.rankingEn()));
        hiddenNames(
                "partner city",
                profile.partners(MAYOR),
                profile.partners(Viewer.CITIZEN),
                partner -> Stream.of(partner.nameKo(), partner.nameEn()));
        hiddenNames(
                "media report",
                profile.media(MAYOR, 200),
                profile.media(Viewer.CITIZEN, 200),
                media -> Stream.of(media.title()));
        hiddenNames(
                "complaint topic",
                opinions.topics(MAYOR, 12).stream()
                        .flatMap(trend -> trend.weeks().stream())
                        .toList(),
                opinions.topics(Viewer.CITIZEN, 12).stream()
                        .flatMap(trend -> trend.weeks().stream())
                        .toList(),
                week -> Stream.of(week.topicKo(), week.topicEn()));
        for (MapLayer layer : MapLayer.values()) {
            hiddenNames(
                    "map point " + layer,
                    feed.points(MAYOR, layer),
                    feed.points(Viewer.CITIZEN, layer),
                    point -> Stream.of(point.name()));
        }
        for (Incident incident : incidents.recent(MAYOR)) {
            if (incidents.recent(Viewer.CITIZEN).stream()
                    .noneMatch(shown -> shown.id().equals(incident.id()))) {
                id("id", incident.id());
            }
        }
    }

    /** Names of records the mayor sees and a citizen does not, leaving out any name a public record also has. */
    private <T> void hiddenNames(String kind, List<T> all, List<T> visible, Function<T, Stream<String>> names) {
        Set<String> publicNames = new LinkedHashSet<>();
        visible.forEach(record -> names.apply(record).forEach(publicNames::add));
        all.stream()
                .filter(record -> !visible.contains(record))
                .flatMap(names)
                .filter(name -> name != null && name.strip().length() >= 6 && !publicNames.contains(name))
                .filter(name -> publicNames.stream().noneMatch(shown -> shown.contains(name)))
                .forEach(name -> secrets.putIfAbsent(name, "internal " + kind));
    }

    /** Every route open to citizens, with parameters filled by the ids of the records above. */
    private List<String> publicPages() {
        List<String> pages = new ArrayList<>();
        ApplicationRouteRegistry registry =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        registry.getRegisteredRoutes().forEach(route -> {
            if (!route.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
                return;
            }
            String template = route.getTemplate();
            Map<String, RouteParameterData> parameters = route.getRouteParameters();
            if (parameters.isEmpty()) {
                pages.add("/" + template);
                return;
            }
            String path = template;
            List<String> filled = new ArrayList<>();
            filled.add(path);
            for (Map.Entry<String, RouteParameterData> parameter : parameters.entrySet()) {
                String name = parameter.getKey();
                List<String> next = new ArrayList<>();
                Set<String> values = ids.getOrDefault(name, Set.of("1"));
                for (String partial : filled) {
                    String placeholder = parameter.getValue().getTemplate();
                    if (parameter.getValue().getTemplate().endsWith("?")) {
                        next.add(partial.replace("/" + placeholder, ""));
                    }
                    values.forEach(value -> next.add(partial.replace(placeholder, value)));
                }
                filled = next;
            }
            filled.forEach(page -> pages.add("/" + page));
        });
        pages.add("/archive?q=" + secrets.keySet().iterator().next());
        pages.add("/archive?q=대기질");
        controls.keySet().stream()
                .filter(key -> key.startsWith("PUBLICCONTROLArchive"))
                .forEach(key -> pages.add("/archive?q=" + key));
        pages.add("/archive?q=tag:"
                + secrets.keySet().stream()
                        .filter(key -> key.startsWith("SECRETArchiveTag"))
                        .findFirst()
                        .orElseThrow());
        return pages.stream().distinct().sorted().toList();
    }

    /** Every GET endpoint under /api/public, with path variables and queries filled. */
    private List<String> publicEndpoints() {
        List<String> endpoints = new ArrayList<>();
        handlerMapping.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/public")) {
                    continue;
                }
                List<String> filled = List.of(pattern);
                for (String variable : List.of("{id}", "{fileId}", "{code}")) {
                    List<String> next = new ArrayList<>();
                    for (String partial : filled) {
                        if (!partial.contains(variable)) {
                            next.add(partial);
                            continue;
                        }
                        Set<String> values = variable.equals("{code}") ? codes() : ids.getOrDefault("id", Set.of("1"));
                        values.forEach(value -> next.add(partial.replace(variable, value)));
                    }
                    filled = next;
                }
                for (String endpoint : filled) {
                    endpoints.add(endpoint);
                    if (endpoint.endsWith("/search")) {
                        secrets.keySet().stream()
                                .filter(key -> key.startsWith("SECRET"))
                                .limit(20)
                                .forEach(key -> endpoints.add(endpoint + "?q=" + key));
                        endpoints.add(endpoint + "?q=대기질&size=100");
                        controls.keySet().forEach(control -> endpoints.add(endpoint + "?q=" + control));
                        endpoints.add(endpoint + "?size=100&sort=date");
                    } else if (endpoint.endsWith("/documents")) {
                        endpoints.add(endpoint + "?limit=200");
                    }
                }
            }
        });
        return endpoints.stream().distinct().toList();
    }

    /** Indicator codes: every internal one (must answer 404) and a public one. */
    private Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        indicators.visibleTo(MAYOR).stream()
                .filter(indicator -> indicator.disclosure() != DisclosureClass.PUBLIC)
                .forEach(indicator -> codes.add(indicator.code()));
        indicators.visibleTo(Viewer.CITIZEN).stream().limit(1).forEach(indicator -> codes.add(indicator.code()));
        return codes;
    }

    /**
     * With a citizen's screens open, internal things happen and then one public thing: the public one arrives (so
     * pushes flow), the internal ones never show.
     */
    private void livePushes(List<String> leaks) {
        List<Browser> screens = new ArrayList<>();
        for (String page : List.of("/", "/disasters", "/public-directives", "/kiosk")) {
            Browser screen = browser();
            screen.open(page);
            screens.add(screen);
        }
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft(secret("LiveNotice"), "", Severity.CRITICAL, DisclosureClass.INTERNAL, null));
        incidents.report(
                new NewIncident("FIRE", secret("LiveIncident"), "11140", "종로 시험", DisclosureClass.INTERNAL, "SAFETY"));
        Directive live = directives.issue(
                MAYOR_ACTOR,
                new NewDirective(
                        secret("LiveDirective"),
                        "",
                        List.of("TRAFFIC"),
                        directives.now().plus(Duration.ofDays(2)),
                        null,
                        null));
        directives.acknowledge(TRAFFIC, live.id());
        String arrived = "PUBLICLIVE" + run;
        notices.post(
                new NoticeAuthor("최관리", Role.ADMIN),
                new NoticeDraft(arrived, "", Severity.INFO, DisclosureClass.PUBLIC, null));
        Browser home = screens.getFirst();
        home.waitUntil(() -> home.allText().contains(arrived), Duration.ofSeconds(30));
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < screens.size(); i++) {
                look(
                        "live push to "
                                + List.of("/", "/disasters", "/public-directives", "/kiosk")
                                        .get(i),
                        screens.get(i).allText(),
                        leaks);
            }
        }
    }

    private void look(String where, String text, List<String> leaks) {
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            if (text.contains(secret.getKey())) {
                leaks.add(where + " shows " + secret.getValue() + ": " + secret.getKey());
            }
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path.replace(" ", "%20")))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
