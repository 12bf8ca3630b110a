package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.dashboard.service.DashboardActor;
import kr.seoul.smartcity.dashboard.service.DashboardService;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewDirective;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboards composed on screen: an administrator arranges a department's screen and its officials see it, the
 * citizens' home changes live for an open citizen, an internal widget is refused on it, and a district chosen on
 * the map filters the other widgets.
 */
class DashboardIT extends BrowserTest {

    private static final DashboardActor ADMIN = new DashboardActor("admin", new Viewer(Role.ADMIN, "DIGITAL"));

    @Autowired
    DashboardService dashboards;

    @Autowired
    DirectiveService directives;

    @Autowired
    ObservationIngest ingest;

    private Integer homeVersion;

    @AfterEach
    void putTheScreensBack() {
        if (homeVersion != null && dashboards.forArranging(ADMIN, "home").version() != homeVersion) {
            dashboards.restore(ADMIN, "home", homeVersion);
        }
        if (dashboards.arrangeable(ADMIN).stream().anyMatch(d -> d.slug().equals("dept-traffic"))) {
            dashboards.delete(ADMIN, "dept-traffic");
        }
    }

    @Test
    void anAdministratorComposesADepartmentDashboardAndItsOfficialSeesIt() {
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/dashboards");
        admin.waitForText("#dashboard-list", "시민 홈");
        admin.type("#new-dashboard-department", "도시교통실");
        admin.press("#new-dashboard-department input", Keys.ENTER);
        admin.waitUntil(
                () -> "dept-traffic".equals(admin.js("return document.querySelector('#new-dashboard-slug').value")),
                Duration.ofSeconds(5));
        admin.click("#new-dashboard-create");
        admin.waitForPath("/admin/dashboards/dept-traffic");

        addIndicator(admin, "도심 평균 차량속도");
        addIndicator(admin, "초미세먼지(PM2.5)");
        admin.waitUntil(() -> admin.all("#editor-grid .editor-box").size() == 2, Duration.ofSeconds(5));
        // the fine dust goes first: the second box moves earlier with its button
        admin.click("#editor-grid .editor-box:nth-child(2) .editor-earlier");
        // read in one step in the page: the editor redraws its boxes after every change
        admin.waitUntil(
                () -> String.valueOf(admin.js("return document.querySelector('#editor-grid .editor-box').innerText"))
                        .contains("초미세먼지"),
                Duration.ofSeconds(5));
        admin.type("#editor-note", "교통 현황 첫 배치");
        admin.click("#editor-save");
        admin.waitForText("#editor-versions", "교통 현황 첫 배치");
        admin.screenshot("dashboard-editor-desktop");

        Browser official = browser();
        official.signIn("traffic", "traffic");
        official.waitForPath("/office");
        official.waitForAttribute(".dashboard-canvas", "data-dashboard", "dept-traffic", Duration.ofSeconds(10));
        assertThat(official.all(".dashboard-grid > [data-widget]").stream()
                        .map(widget -> widget.getAttribute("data-indicator"))
                        .toList())
                .containsExactly("AIR_PM25", "ROAD_SPEED");
        official.screenshot("dashboard-department-desktop");

        Browser climate = browser(Browser.PHONE);
        climate.signIn("climate", "climate");
        climate.waitForPath("/office");
        climate.waitForAttribute(".dashboard-canvas", "data-dashboard", "mayor", Duration.ofSeconds(10));
    }

    @Test
    void theCitizensHomeIsRecomposedAndAnOpenCitizenSeesItLiveAndAnInternalWidgetIsRefused() {
        homeVersion = dashboards.forArranging(ADMIN, "home").version();
        Browser citizen = browser().open("/");
        citizen.find(".dashboard-grid .tile");
        citizen.js("window.__openedBefore = true");
        assertThat(citizen.isPresent("[data-indicator='EARTHQUAKE_SHELTERS']")).isFalse();

        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/dashboards/home");
        admin.find("#editor-grid");

        // an internal indicator is refused on the citizens' home, with the reason, and nothing changes
        addIndicator(admin, "예산 집행률");
        admin.click("#editor-save");
        admin.waitForText("#editor-problem", "공개 지표가 아니어서");
        admin.screenshot("dashboard-editor-refused-desktop");
        assertThat(dashboards.forArranging(ADMIN, "home").version()).isEqualTo(homeVersion);
        admin.click("#editor-grid .editor-box:last-child .editor-remove");

        addIndicator(admin, "지진옥외대피소");
        admin.click("#editor-save");
        admin.waitForText("#editor-versions", "v" + (homeVersion + 1));

        citizen.waitUntil(
                () -> citizen.isPresent("[data-widget] [data-indicator='EARTHQUAKE_SHELTERS'],"
                        + " [data-widget][data-indicator='EARTHQUAKE_SHELTERS']"),
                Duration.ofSeconds(15));
        assertThat(citizen.js("return window.__openedBefore === true")).isEqualTo(true);
        assertThat(citizen.pageText()).doesNotContain("예산 집행률");
        citizen.screenshot("dashboard-home-recomposed-desktop");
    }

    @Test
    void aDistrictChosenOnTheMapFiltersTheOtherWidgetsAndBack() {
        // 마포구 has a fine-dust reading to rank whatever the tests before this one left in the shared database
        ingest.record(List.of(new ObservationInput("AIR_PM25", "11440", Instant.now(), 35)), Origin.FEED, null);
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/dashboards/wall");
        mayor.find(".leaflet-container path.city-map-district");
        mayor.find("[data-widget='wall-pm25-rank'] .widget-ranking li");

        mayor.click("path.city-map-district[aria-label^='마포구']");
        mayor.waitForAttribute(".dashboard-canvas", "data-district", "11440", Duration.ofSeconds(10));
        mayor.screenshot("dashboard-district-filter-desktop");
        assertThat(mayor.js("return document.querySelector('.dashboard-filter').innerText"))
                .asString()
                .contains("마포구만 보고 있습니다");
        mayor.waitForAttribute("[data-widget='wall-pm25-trend']", "data-district", "11440", Duration.ofSeconds(5));
        // the ranking scrolls: the chosen district is marked even where it is out of sight
        assertThat(mayor.js(
                        "return document.querySelector(\"[data-widget='wall-pm25-rank'] li.chosen\").dataset.district"))
                .isEqualTo("11440");
        assertThat(mayor.text("[data-widget='wall-key']")).doesNotContain("도심 평균 차량속도");

        mayor.click("#dashboard-filter-clear");
        mayor.waitUntil(
                () -> mayor.find(".dashboard-canvas").getDomAttribute("data-district") == null, Duration.ofSeconds(5));
        assertThat(mayor.find("[data-widget='wall-pm25-trend']").getDomAttribute("data-district"))
                .isNull();
        assertThat(mayor.js("return document.querySelector('.dashboard-filter').hidden"))
                .isEqualTo(true);
    }

    @Test
    void aCitizenColoursTheMapByAnotherIndicator() {
        Browser citizen = browser().open("/");
        citizen.find("[data-widget='home-map'] path.city-map-district");
        assertThat(citizen.find("[data-widget='home-map']").getDomAttribute("data-map-indicator"))
                .isEqualTo("AIR_PM25");
        // Seoul's real districts by default, with their makers named on the map as the boundaries' licence asks
        assertThat(citizen.find("[data-widget='home-map'] path.city-map-district[aria-label^='마포구']")
                        .getDomAttribute("d")
                        .split("L"))
                .as("a district's outline, not a hexagon")
                .hasSizeGreaterThan(12);
        assertThat(citizen.text("[data-widget='home-map'] .city-map-attribution"))
                .contains("지도 경계", "southkorea/seoul-maps", "Apache-2.0");
        // the choice holds only the indicator shown until it is reached; opening it offers every mapped indicator
        citizen.click("[data-widget='home-map'] #map-indicator");
        citizen.waitUntil(() -> Boolean.TRUE.equals(citizen.js("""
                return Array.from(document.querySelectorAll('vaadin-select-item'))
                    .some(item => item.textContent.trim() === '미세먼지(PM10)')""")), Duration.ofSeconds(5));
        citizen.js("""
                Array.from(document.querySelectorAll('vaadin-select-item'))
                    .find(item => item.textContent.trim() === '미세먼지(PM10)').click()""");
        citizen.waitForAttribute("[data-widget='home-map']", "data-map-indicator", "AIR_PM10", Duration.ofSeconds(5));
        assertThat(citizen.text("[data-widget='home-map'] .map-legend")).contains("미세먼지(PM10)");
    }

    @Test
    void aCitizenReportsAProblemWithAWidgetsDataAndTheDepartmentsAnswerReachesThem() {
        Browser citizen = browser(Browser.PHONE).open("/");
        citizen.find("[data-widget='home-map'] path.city-map-district");
        citizen.click("[data-widget='home-map'] .widget-menu");
        citizen.click("#widget-report");
        citizen.type("#report-problem-message", "종로구 초미세먼지가 밖에서 느끼는 것보다 훨씬 낮게 나옵니다.");
        citizen.click("#report-problem-send");
        citizen.find("#report-problem-receipt");
        String receipt = citizen.find("#report-problem-receipt").getDomAttribute("href");
        citizen.screenshot("dashboard-report-problem-phone");
        citizen.open(receipt.startsWith("/") ? receipt : "/" + receipt);
        citizen.waitForText("#data-issue-reported", "초미세먼지");
        citizen.js("window.__notReloaded = true");

        Browser official = browser();
        official.signIn("climate", "climate");
        official.open("/data-issues");
        official.waitForText("#data-issue-open", "밖에서 느끼는 것보다");
        // read in one step in the page: the queue redraws when reports arrive
        String card = String.valueOf(official.js("""
                return Array.from(document.querySelectorAll("#data-issue-open [id^='data-issue-']"))
                    .find(card => card.innerText.includes('밖에서 느끼는 것보다')).id"""));
        String id = card.substring("data-issue-".length());
        official.type("#data-issue-answer-" + id, "측정소를 점검했습니다. 값은 정상이며 실내외 차이를 안내 드립니다.");
        official.click("#data-issue-send-" + id);

        citizen.waitForText("#data-issue-answer", "측정소를 점검했습니다", Duration.ofSeconds(10));
        assertThat(citizen.js("return window.__notReloaded === true")).isEqualTo(true);
    }

    @Test
    void aDirectiveIssuedFromAnIndicatorAndANoticeAboutItAreMarkedOnItsChartAndTheMenuOffersADirective() {
        // an administrator posts a notice about the indicator from the notices page
        String notice = "초미세먼지 비상저감조치 차량 2부제 " + System.nanoTime();
        Browser admin = browser();
        admin.signIn("admin", "admin");
        admin.open("/admin/notices");
        admin.type("#notice-title", notice);
        admin.type("#notice-indicator", "초미세먼지(PM2.5)");
        admin.find("vaadin-combo-box-item");
        admin.press("#notice-indicator input", Keys.ARROW_DOWN);
        admin.press("#notice-indicator input", Keys.ENTER);
        admin.waitUntil(
                () -> Boolean.FALSE.equals(admin.js("return document.querySelector('#notice-indicator').opened")),
                Duration.ofSeconds(5));
        admin.click("#notice-post");
        admin.waitForText(".notice-board", notice);
        admin.screenshot("notice-about-an-indicator-desktop");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/dashboards/wall");
        mayor.find("[data-widget='wall-pm25-trend'] city-apex-chart");
        String title = "초미세먼지 저감 비상조치 점검 " + System.nanoTime();
        directives.issue(
                new Actor("mayor", "김서울", Role.MAYOR, null),
                new NewDirective(
                        title,
                        "자치구별 저감 조치 이행 상황을 보고하세요.",
                        List.of("CLIMATE"),
                        Instant.now().plus(Duration.ofDays(3)),
                        null,
                        DirectiveContext.of(ContextKind.INDICATOR, "AIR_PM25", "초미세먼지(PM2.5)", "status")));
        // new values redraw the chart with the events of the day
        ingest.record(List.of(new ObservationInput("AIR_PM25", null, Instant.now(), 21)), Origin.FEED, null);

        mayor.waitForText("[data-widget='wall-pm25-trend'] .widget-marks", title, Duration.ofSeconds(15));
        assertThat(mayor.text("[data-widget='wall-pm25-trend'] .widget-marks")).contains("공지 · " + notice);
        assertThat(mayor.js("return document.querySelector(\"[data-widget='wall-pm25-trend'] city-apex-chart\")"
                        + ".data.marks.length"))
                .asString()
                .isNotEqualTo("0");
        assertThat(mayor.find("[data-widget='wall-pm25-trend'] city-apex-chart").getDomAttribute("aria-label"))
                .contains("초미세먼지(PM2.5)", "지난 24시간");
        mayor.screenshot("dashboard-chart-marks-desktop");

        // and from a widget the mayor orders a task to the department that owns the indicator
        mayor.click("[data-widget='wall-pm25-trend'] .widget-menu");
        assertThat(mayor.find(".widget-actions .directive-issue").getDomAttribute("data-context"))
                .isEqualTo("INDICATOR:AIR_PM25");
    }

    private static void addIndicator(Browser admin, String name) {
        admin.type("#add-indicator", name);
        // as a keyboard user does: the first match, then Enter
        admin.press("#add-indicator input", Keys.ARROW_DOWN);
        admin.press("#add-indicator input", Keys.ENTER);
        admin.waitUntil(
                () -> Boolean.FALSE.equals(admin.js("return document.querySelector('#add-indicator').opened")),
                Duration.ofSeconds(5));
        admin.click("#add-widget");
    }
}
