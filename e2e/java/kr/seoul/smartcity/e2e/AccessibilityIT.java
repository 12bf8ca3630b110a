package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.analysis.service.NightBusAnalysis;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * KWCAG 2.2 / WCAG 2.2 AA, checked by machine (issue 24): axe-core scans the public screens as a citizen who is not
 * signed in sees them, at desktop and phone width, once every map and chart is drawn. Any violation of the WCAG 2.0,
 * 2.1 and 2.2 A/AA rules fails the test with the rule, its impact, the element's selector and the page. The mayor's
 * office and approval boxes are scanned the same way, signed in.
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
    };

    @Autowired
    CityFeedService feed;

    @Autowired
    NightBusAnalysis nightBus;

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
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        !feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS).isEmpty()
                                && nightBus.report().isPresent());
        Browser citizen = browser(size);
        Map<String, List<String>> violations = new LinkedHashMap<>();
        for (String[] page : PUBLIC_PAGES) {
            citizen.open(page[0]);
            citizen.find(page[1]);
            citizen.drawn();
            violations.put(page[0], citizen.accessibilityViolations(RULES));
            if (page[0].equals("/")) {
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
            citizen.screenshot("a11y-" + slug(page[0]) + "-" + name);
        }
        assertNone(violations, "public screens at " + name + " width");
    }

    @Test
    void theMayorsScreensHaveNoViolationsAtDesktopWidth() {
        scanAsMayor(LAPTOP, "desktop");
    }

    @Test
    void theMayorsScreensHaveNoViolationsAtPhoneWidth() {
        scanAsMayor(Browser.PHONE, "phone");
    }

    /** Signed in as the mayor: the office dashboard and every approval box. */
    private void scanAsMayor(Dimension size, String name) {
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        !feed.points(Viewer.CITIZEN, MapLayer.BIKE_STATIONS).isEmpty());
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
        assertNone(violations, "the mayor's screens at " + name + " width");
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
