package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directive.service.NewReport;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directive.service.Upload;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mayor's directives and briefings in real browsers: issued from an alert or a project, they reach the department's
 * open page without a reload; the department's steps reach the mayor's board the same way; overdue ones stand out;
 * screens following a briefing turn the page with the presenter.
 */
class DirectiveIT extends BrowserTest {

    static final Dimension TABLET = new Dimension(820, 1180);
    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    DirectiveService directives;

    @Autowired
    ReportService reports;

    @Autowired
    ObservationIngest ingest;

    private long idOf(String title) {
        return directives.box(MAYOR).stream()
                .filter(d -> d.title().equals(title))
                .map(Directive::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDirectiveIssuedFromAnAlertAppearsOnTheDepartmentsOpenPageWithoutReload() {
        ingest.record(List.of(new ObservationInput("AIR_PM25", "11305", Instant.now(), 140)), Origin.FEED, null);
        Browser climate = browser();
        climate.signIn("climate", "climate");
        climate.open("/directives");
        climate.js("window.__openedBeforeEvent = true");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/alerts");
        WebElement row = mayor.find("#open-alerts .alert-row");
        mayor.waitUntil(
                () -> mayor.all("#open-alerts .alert-row").stream()
                        .anyMatch(r -> r.getText().contains("강북구")),
                Duration.ofSeconds(20));
        String alertId = mayor.all("#open-alerts .alert-row").stream()
                .filter(r -> r.getText().contains("강북구"))
                .findFirst()
                .orElse(row)
                .getAttribute("data-alert-id");
        mayor.click("#open-alerts .alert-row[data-alert-id='" + alertId + "'] .directive-issue");
        assertThat(mayor.text("#directive-from")).contains("경보", "강북구");
        assertThat(mayor.find("#directive-departments").getText())
                .as("the alert's department is suggested")
                .contains("기후환경본부");
        String title = "강북구 미세먼지 저감 조치 " + UUID.randomUUID().toString().substring(0, 6);
        mayor.type("#directive-title", title);
        mayor.click("#directive-issue-confirm");
        mayor.waitForText("vaadin-notification-card", title);

        climate.waitForText("#directives-open", title);
        climate.waitForText("vaadin-notification-card", title);
        assertThat(climate.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        Directive issued = directives.directive(MAYOR, idOf(title)).orElseThrow();
        assertThat(issued.departments()).containsExactly("CLIMATE");
        assertThat(issued.context().route()).isEqualTo("alerts");
    }

    @Test
    void theDepartmentAcknowledgesAndReportsDoneAndTheMayorsBoardUpdatesLive() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/civic/projects/PRJ_BUS_TRANSFER");
        String title = "환승센터 공정 만회 계획 " + UUID.randomUUID().toString().substring(0, 6);
        mayor.click(".directive-issue");
        mayor.type("#directive-title", title);
        mayor.type("#directive-body", "지연된 공정을 만회할 계획을 보고하세요.");
        mayor.click("#directive-issue-confirm");
        mayor.waitForText("vaadin-notification-card", title);
        long id = idOf(title);

        Browser traffic = browser();
        traffic.signIn("traffic", "traffic");
        traffic.open("/directives/" + id);
        mayor.open("/directives");
        mayor.js("window.__openedBeforeEvent = true");
        mayor.waitForText("#directives-open", title);

        traffic.click("#directive-acknowledge");
        traffic.waitForAttribute("#directive", "data-status", "ACKNOWLEDGED", Duration.ofSeconds(10));
        mayor.waitForText("#directives-open [data-directive-id='" + id + "']", "접수");
        traffic.type("#directive-note", "야간 공정을 추가해 3주 안에 만회합니다.");
        traffic.click("#directive-report-done");
        traffic.waitForAttribute("#directive", "data-status", "REPORTED_DONE", Duration.ofSeconds(10));

        mayor.waitForText("#directives-awaiting", title);
        assertThat(mayor.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        assertThat(mayor.text("#directives-open")).doesNotContain(title);

        mayor.open("/directives/" + id);
        mayor.click("#directive-accept");
        mayor.waitForAttribute("#directive", "data-status", "ACCEPTED", Duration.ofSeconds(10));
        traffic.waitForAttribute("#directive", "data-status", "ACCEPTED", Duration.ofSeconds(10));
        assertThat(mayor.text("#directive-history")).contains("지시", "접수", "완료 보고", "완료 승인", "이교통", "김서울");
        assertThat(mayor.text("#directive-context")).contains("핵심사업", "광역버스 환승센터");

        Browser citizen = browser();
        citizen.open("/public-directives");
        citizen.js("window.__openedBeforeEvent = true");
        assertThat(citizen.text("#published-directives"))
                .as("internal until the mayor publishes it")
                .doesNotContain(title);
        mayor.click("#directive-publish");
        citizen.waitForText("#published-directives", title);
        mayor.find("#directive-unpublish");
        mayor.screenshot("directive-published-desktop");
        assertThat(citizen.text("#published-directives")).contains("야간 공정을 추가해 3주 안에 만회합니다.");
        assertThat(citizen.js("return window.__openedBeforeEvent === true")).isEqualTo(true);
        citizen.screenshot("directives-public-desktop");
        Browser citizenPhone = browser(Browser.PHONE);
        citizenPhone.open("/public-directives");
        assertThat(citizenPhone.text("#published-directives")).contains(title);
        assertThat(citizenPhone.fitsWidth())
                .as("published directives fit a phone")
                .isTrue();
        citizenPhone.screenshot("directives-public-phone");
        mayor.waitForText("#directive-history", "시민 공개");
        mayor.screenshot("directive-history-desktop");
        for (var size : List.of(TABLET, Browser.PHONE)) {
            Browser other = browser(size);
            other.signIn("mayor", "mayor");
            other.open("/directives/" + id);
            other.find("#directive-history .directive-event");
            assertThat(other.fitsWidth()).as("history fits at " + size).isTrue();
            other.screenshot("directive-history-" + (size == TABLET ? "tablet" : "phone"));
        }
    }

    @Test
    void anOverdueDirectiveIsFlaggedOnTheBoard() {
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/directives");
        WebElement overdue = mayor.find("#directives-open .directive-card.directive-overdue");
        assertThat(overdue.getText()).contains("빗물받이", "기한 경과");
        // read now: the board redraws live (a reminder or another step anywhere) and the card is then a new element
        long overdueId = Long.parseLong(overdue.getAttribute("data-directive-id"));
        assertThat(Integer.parseInt(mayor.find("#directive-count-overdue").getAttribute("data-count")))
                .isPositive();
        // every department with an overdue directive is flagged, whatever order other tests' directives give them
        mayor.find("#directives-by-department .has-overdue");
        assertThat(mayor.js("""
                return Array.from(document.querySelectorAll('#directives-by-department .has-overdue'))
                    .map(row => row.innerText).join('\\n')""")).asString().contains("안전총괄실");
        mayor.screenshot("directive-board-desktop");
        for (var size : List.of(TABLET, Browser.PHONE)) {
            Browser other = browser(size);
            other.signIn("mayor", "mayor");
            other.open("/directives");
            other.find("#directives-open .directive-overdue");
            assertThat(other.fitsWidth()).as("board fits at " + size).isTrue();
            other.screenshot("directive-board-" + (size == TABLET ? "tablet" : "phone"));
        }
        mayor.open("/directives/" + overdueId);
        assertThat(mayor.text("#directive-overdue-flag")).isEqualTo("기한 경과");
    }

    @Test
    void aSecondScreenFollowingTheBriefingTurnsThePageWhenThePresenterDoes() {
        Report report = reports.queue(MAYOR).stream()
                .filter(r -> r.title().contains("11월 교통 현황"))
                .findFirst()
                .orElseThrow();
        Browser presenter = browser();
        presenter.signIn("mayor", "mayor");
        presenter.open("/reports/" + report.id());
        presenter.click("#report-present");
        presenter.waitUntil(() -> presenter.currentPath().startsWith("/briefing/"), Duration.ofSeconds(10));
        String path = presenter.currentPath();
        presenter.find("#briefing-next");

        Browser follower = browser(TABLET);
        follower.signIn("traffic", "traffic");
        follower.open(path);
        follower.js("window.__openedBeforeEvent = true");
        assertThat(follower.find("#briefing").getAttribute("data-page")).isEqualTo("0");
        assertThat(follower.isPresent("#briefing-next"))
                .as("only the presenter turns pages")
                .isFalse();
        Browser phone = browser(Browser.PHONE);
        phone.signIn("climate", "climate");
        phone.open(path);

        presenter.click("#briefing-next");
        follower.waitForAttribute("#briefing", "data-page", "1", Duration.ofSeconds(5));
        phone.waitForAttribute("#briefing", "data-page", "1", Duration.ofSeconds(5));
        assertThat(follower.text("#briefing-page")).contains("1. 버스");
        assertThat(follower.js("return window.__openedBeforeEvent === true")).isEqualTo(true);

        presenter.type("#briefing-note", "심야버스 증편 검토");
        presenter.click("#briefing-annotate");
        follower.waitForText("#briefing-annotations", "심야버스 증편 검토");
        phone.waitForText("#briefing-annotations", "심야버스 증편 검토");
        presenter.waitForText("#briefing-annotations", "심야버스 증편 검토");
        assertThat(presenter.isPresent("#briefing-controls .directive-issue")).isTrue();

        presenter.screenshot("briefing-desktop");
        follower.screenshot("briefing-tablet");
        phone.screenshot("briefing-phone");
        assertThat(follower.fitsWidth()).isTrue();
        assertThat(phone.fitsWidth()).isTrue();
    }

    /**
     * A report's attached file is a link named after it with its size; followed by the mayor, it gives the file as
     * it was sent, with its type.
     */
    @Test
    void aReportsAttachedFileDownloadsForTheMayor() {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
        Report report = reports.submit(
                new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC"),
                new NewReport("정류장 현장 사진 " + UUID.randomUUID(), "머리말\n현장 사진을 붙입니다.", null, null),
                List.of(new Upload("정류장.png", photo)));
        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/reports/" + report.id());
        mayor.waitForText("main", "정류장.png (12 B)", Duration.ofSeconds(10));
        String href = String.valueOf(mayor.js(
                "return [...document.querySelectorAll('main a')].find(a => a.textContent === arguments[0]).href",
                "정류장.png (12 B)"));
        @SuppressWarnings("unchecked")
        List<Object> got = (List<Object>) mayor.jsAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(async r => done([r.status, r.headers.get('content-type'),
                    Array.from(new Uint8Array(await r.arrayBuffer()))])).catch(e => done([String(e)]));
                """, href);
        assertThat(got.get(0)).isEqualTo(200L);
        assertThat(String.valueOf(got.get(1))).startsWith("image/png");
        assertThat(((List<?>) got.get(2))
                        .stream().map(b -> ((Number) b).byteValue()).toList())
                .containsExactlyElementsOf(toList(photo));
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }
}
