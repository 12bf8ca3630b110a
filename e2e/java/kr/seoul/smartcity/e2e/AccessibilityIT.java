package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.analysis.service.NightBusAnalysis;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.civic.domain.Proposal;
import kr.seoul.smartcity.civic.domain.SupporterKey;
import kr.seoul.smartcity.civic.service.NewProposal;
import kr.seoul.smartcity.civic.service.ProposalService;
import kr.seoul.smartcity.dev.SimulatedCityNow;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * KWCAG 2.2 / WCAG 2.2 AA, checked by machine (issue 24): axe-core scans the public screens as a citizen who is not
 * signed in sees them, at desktop and phone width, once every map and chart is drawn. Any violation of the WCAG 2.0,
 * 2.1 and 2.2 A/AA rules fails the test with the rule, its impact, the element's selector and the page. The mayor's
 * office, approval boxes and staff screens, and the administrator's screens, are scanned the same way, signed in. Each
 * page is also checked for one h1, headings in order and its landmarks.
 */
class AccessibilityIT extends BrowserTest {

    static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Desktop as the issue states it: a 1366×768 laptop screen. */
    static final Dimension LAPTOP = new Dimension(1366, 768);

    /** The public screens, each with an element that shows it is there. */
    static final String[][] PUBLIC_PAGES = {
        {"/", "main"},
        {"/civic", "main"},
        {"/civic/projects/PRJ_BUS_TRANSFER", "main"},
        {"/documents", "main"},
        {"/archive?q=%EB%AF%B8%EC%84%B8%EB%A8%BC%EC%A7%80", "#archive-count"},
        {"/analyses", "#analysis-bikes-link"},
        {"/analyses/bike-stations", "#analysis-summary"},
        {"/civic/themes", "main"},
        {"/kiosk", "#kiosk-stage .tile"},
        {"/login", "vaadin-login-form, vaadin-login-overlay, [name='username']"},
        {"/status", "main"},
        {"/disasters", "main"},
        {"/district/11110", "main"},
        {"/civic/proposals", "main"},
        {"/civic/proposals/{proposal}", "main"},
        {"/civic/opinions", "main"},
        {"/civic/pledges", "main"},
        {"/civic/profile", "main"},
        {"/civic/projects", "main"},
        {"/civic/index/SAFE_PM25", "main"},
        {"/public-directives", "main"},
        {"/kiosk/themes", "body"},
    };

    /** The staff screens the mayor works in, each with an element that shows it is there. */
    static final String[][] MAYOR_PAGES = {
        {"/archive", "main"},
        {"/directives", "main"},
        {"/directives/{directive}", "main"},
        {"/calls", "main"},
        {"/reports", "main"},
        {"/reports/{report}", "main"},
        {"/my-dashboard", "main"},
        {"/directory", "main"},
        {"/alerts", "main"},
        {"/data-issues", "main"},
        {"/account", "main"},
    };

    /** The administrator's screens. */
    static final String[][] ADMIN_PAGES = {
        {"/admin/sources", "main"},
        {"/admin/catalog", "main"},
        {"/admin/themes", "main"},
        {"/admin/dashboards", "main"},
    };

    @Autowired
    CityFeedService feed;

    @Autowired
    ObservationIngest ingest;

    @Autowired
    NightBusAnalysis nightBus;

    @Autowired
    ProposalService proposals;

    @Autowired
    DirectiveService directives;

    @Autowired
    ReportService reports;

    @Test
    void publicScreensHaveNoViolationsAtDesktopWidth() {
        scan(LAPTOP, "desktop");
    }

    @Test
    void publicScreensHaveNoViolationsAtPhoneWidth() {
        scan(Browser.PHONE, "phone");
    }

    private void scan(Dimension size, String name) {
        // the simulated city and the demo datasets are there shortly after the application starts
        SimulatedCityNow.place(ingest, feed);
        // two readings of the city's fine dust in the last hours, so that one sparkline has a range to tell whatever
        // other tests recorded before
        Instant now = Instant.now();
        ingest.record(
                List.of(
                        new ObservationInput("AIR_PM25", null, now.minus(Duration.ofHours(3)), 21),
                        new ObservationInput("AIR_PM25", null, now.minus(Duration.ofHours(2)), 35)),
                Origin.FEED,
                null);
        await().atMost(Duration.ofSeconds(90)).until(() -> nightBus.report().isPresent());
        Browser citizen = browser(size);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String[] page : PUBLIC_PAGES) {
            String path = scanOne(citizen, page, name, violations);
            if (path.equals("/")) {
                // every sparkline says what it shows; one whose indicator had readings gives their range (which
                // tiles have readings in the last 24 hours depends on what other tests recorded)
                List<String> labels = citizen.all("city-tile city-apex-chart").stream()
                        .map(chart -> chart.getAttribute("aria-label"))
                        .toList();
                assertThat(labels)
                        .as("sparklines described in words")
                        .isNotEmpty()
                        .allSatisfy(label -> assertThat(label).contains("지난 24시간"))
                        .anySatisfy(label -> assertThat(label).contains("→", "최저", "최고"));
            }
        }
        assertNone(violations, "public screens at " + name + " width");
    }

    /** Opens one page (its placeholders filled in), waits until it is drawn, scans it and keeps a screenshot. */
    private String scanOne(Browser browser, String[] page, String name, Map<String, List<String>> violations) {
        String path = fill(page[0]);
        browser.open(path);
        browser.find(page[1]);
        browser.drawn();
        List<String> found = new ArrayList<>(browser.accessibilityViolations(RULES));
        // one h1, headings in order and the landmarks, checked on the same page (issue 24)
        found.addAll(browser.structureProblems());
        violations.put(path, found);
        browser.screenshot("a11y-" + slug(page[0]) + "-" + name);
        return path;
    }

    /** Things to look at on the detail pages: a citizen's proposal, a directive and a report, made once. */
    private static final Map<String, String> IDS = new java.util.concurrent.ConcurrentHashMap<>();

    private String fill(String path) {
        if (IDS.isEmpty()) {
            Actor mayor = new Actor("mayor", "김서울", Role.MAYOR, null);
            Actor traffic = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");
            Proposal proposal = proposals.submit(
                    new NewProposal(
                            "버스 정류장에 그늘막을 늘려 주세요", "여름 한낮에 정류장에서 기다리기가 힘듭니다. 그늘막과 의자를 늘려 주시면 좋겠습니다.", "TRAFFIC", "시민"),
                    SupporterKey.of("author:a11y-scan"));
            Directive directive = directives.issue(
                    mayor,
                    new NewDirective(
                            "정류장 그늘막 설치 현황 보고",
                            "자치구별 설치 현황과 올여름 추가 설치 계획을 정리해 보고하십시오.",
                            List.of("TRAFFIC"),
                            directives.now().plus(Duration.ofDays(3)),
                            null,
                            null));
            Report report = reports.submit(
                    traffic, new NewReport("정류장 그늘막 현황", "머리말\n# 설치 현황\n자치구별 설치 수를 정리했습니다.", null, null), List.of());
            IDS.put("{proposal}", String.valueOf(proposal.id()));
            IDS.put("{directive}", String.valueOf(directive.id()));
            IDS.put("{report}", String.valueOf(report.id()));
        }
        String filled = path;
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            filled = filled.replace(id.getKey(), id.getValue());
        }
        return filled;
    }

    @Test
    void theMayorsScreensHaveNoViolationsAtDesktopWidth() {
        scanAsMayor(LAPTOP, "desktop");
    }

    @Test
    void theMayorsScreensHaveNoViolationsAtPhoneWidth() {
        scanAsMayor(Browser.PHONE, "phone");
    }

    /** Signed in as the mayor: the office dashboard, every approval box and the staff screens. */
    private void scanAsMayor(Dimension size, String name) {
        SimulatedCityNow.place(ingest, feed);
        Browser mayor = browser(size);
        mayor.signIn("mayor", "mayor");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        mayor.open("/office");
        mayor.find(".platform-status");
        mayor.drawn();
        violations.put("/office", mayor.accessibilityViolations(RULES));
        mayor.screenshot("a11y-office-" + name);
        mayor.open("/approval");
        mayor.find("#approval-list");
        for (String box : List.of("to-approve", "in-progress", "completed", "rejected", "reference", "drafts")) {
            mayor.click("#box-" + box);
            mayor.drawn();
            violations.put("/approval#" + box, mayor.accessibilityViolations(RULES));
        }
        mayor.screenshot("a11y-approval-" + name);
        for (String[] page : MAYOR_PAGES) {
            scanOne(mayor, page, name, violations);
        }
        assertNone(violations, "the mayor's screens at " + name + " width");
    }

    @Test
    void theAdministratorsScreensHaveNoViolationsAtDesktopWidth() {
        scanAsAdmin(LAPTOP, "desktop");
    }

    @Test
    void theAdministratorsScreensHaveNoViolationsAtPhoneWidth() {
        scanAsAdmin(Browser.PHONE, "phone");
    }

    private void scanAsAdmin(Dimension size, String name) {
        Browser admin = browser(size);
        admin.signIn("admin", "admin");
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String[] page : ADMIN_PAGES) {
            scanOne(admin, page, name, violations);
        }
        assertNone(violations, "the administrator's screens at " + name + " width");
    }

    /**
     * The one violation we cannot fix: Vaadin's vaadin-tabs (25.2) keeps its scroll container {@code <div id="scroll"
     * part="tabs" tabindex="-1">} inside its own shadow DOM, between the role="tablist" host and the role="tab"
     * children, and axe reports it as aria-required-children ("children which are not allowed: div[tabindex]").
     * Only that exact finding is set aside, on vaadin-tabs only; every other rule still checks the tabs.
     */
    static boolean vaadinTabsScrollContainer(String violation) {
        return violation.startsWith("aria-required-children ")
                && violation.contains("Element has children which are not allowed: div[tabindex] |")
                && violation.substring(violation.lastIndexOf(" | ")).startsWith(" | <vaadin-tabs ");
    }

    /** Prints the count per page and every violation, and fails with the list when there is any. */
    private static void assertNone(Map<String, List<String>> scanned, String what) {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        scanned.forEach((page, lines) -> violations.put(
                page,
                lines.stream().filter(line -> !vaadinTabsScrollContainer(line)).toList()));
        List<String> report = new ArrayList<>();
        violations.forEach((page, found) -> report.add(page + ": " + found.size()));
        violations.values().forEach(report::addAll);
        System.out.println("axe " + what + ":\n" + String.join("\n", report));
        assertThat(violations.values().stream().flatMap(List::stream).toList())
                .as("WCAG 2.2 A/AA violations on " + what + " (rule [impact] selector on page — help)")
                .isEmpty();
    }

    private static String slug(String path) {
        String slug =
                path.replaceAll("\\?.*", "").replaceAll("[^a-zA-Z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "home" : slug;
    }
}
