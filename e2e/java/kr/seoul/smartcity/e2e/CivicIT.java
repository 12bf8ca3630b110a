package kr.seoul.smartcity.e2e;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Civic-affairs indices: a citizen drills down from the themes to one index; staff see internal ones and confirm. */
class CivicIT extends BrowserTest {

    @Test
    void aCitizenDrillsDownFromTheThemesToAnIndexAndItsDistricts() {
        Browser citizen = browser().open("/civic");
        citizen.waitForText("#civic-themes", "안전서울");
        assertThat(citizen.text("#civic-sample-note")).contains("예시 자료");
        assertThat(citizen.all(".theme-card")).hasSize(6);
        assertThat(citizen.all(".index-row[data-disclosure='INTERNAL']"))
                .as("internal indices hidden")
                .isEmpty();
        assertThat(citizen.pageText()).doesNotContain("재난 대응 훈련", "기한 초과 민원");
        citizen.screenshot("civic-overview-desktop");

        citizen.click(".index-row[data-index='SAFE_PM25'] .index-name");
        citizen.waitForPath("/civic/index/SAFE_PM25");
        citizen.waitForText("#civic-index-title", "초미세먼지 연평균");
        assertThat(citizen.text("#civic-definition")).contains("작을수록 좋으며");
        citizen.waitUntil(
                () -> !citizen.all("#civic-chart .apexcharts-series path").isEmpty(), Duration.ofSeconds(10));
        assertThat(citizen.text("#civic-chart")).contains("목표");
        assertThat(citizen.text("#civic-years")).contains("2025", "2019");
        assertThat(citizen.all("#civic-district-list .index-row")).hasSize(25);
        assertThat(citizen.isPresent("#entry-save"))
                .as("citizens do not enter values")
                .isFalse();
        citizen.screenshot("civic-index-desktop");

        Browser phone = browser(Browser.PHONE).open("/civic");
        phone.waitForText("#civic-themes", "복지서울");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("civic-overview-phone");
        phone.open("/civic/index/SAFE_PM25");
        phone.waitForText("#civic-index-title", "초미세먼지");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("civic-index-phone");
    }

    @Test
    void anInternalIndexIsOnlyForStaffAndAValueEnteredWaitsForAColleague() {
        Browser citizen = browser().open("/civic/index/SAFE_DRILLS");
        assertThat(citizen.pageText()).doesNotContain("재난 대응 훈련");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/civic");
        mayor.waitForText("#civic-themes", "재난 대응 훈련");
        assertThat(mayor.all(".index-row[data-disclosure='INTERNAL']")).hasSize(5);

        Browser traffic = browser();
        traffic.signIn("traffic", "traffic");
        traffic.open("/civic/index/BAL_COMMUTE");
        traffic.type("#entry-year", "2030");
        traffic.type("#entry-target", "44");
        traffic.type("#entry-actual", "47");
        traffic.click("#entry-save");
        traffic.waitForText("vaadin-notification-card", "입력했습니다");
        traffic.waitForText("#civic-years", "확정 대기");
        assertThat(traffic.isPresent("#confirm-2030")).as("offered to confirm").isTrue();
        traffic.click("#confirm-2030");
        traffic.waitForText("vaadin-notification-card", "직접 입력한 값은 확정할 수 없습니다");

        Browser director = browser();
        director.signIn("director", "director");
        director.open("/civic/index/BAL_COMMUTE");
        director.click("#confirm-2030");
        director.waitForText("vaadin-notification-card", "2030년 값을 확정했습니다");
        director.screenshot("civic-index-staff");

        Browser later = browser().open("/civic/index/BAL_COMMUTE");
        WebElement years = later.find("#civic-years");
        later.waitForText("#civic-years", "2030");
        assertThat(years.getText()).contains("93.6%");
    }

    @Test
    void aProjectTimelineHighlightsTheMilestoneRunningLate() {
        Browser citizen = browser().open("/civic/projects");
        citizen.waitForText("#project-list", "서부선 경전철 건설");
        assertThat(citizen.find(".project-card[data-project='PRJ_WEST_LINE']").getAttribute("data-delayed"))
                .isNotEqualTo("0");
        assertThat(citizen.text(".project-card[data-project='PRJ_WEST_LINE']")).contains("지연");
        assertThat(citizen.isPresent(".project-card[data-project='PRJ_CONTROL_ROOM']"))
                .as("internal project hidden")
                .isFalse();
        citizen.screenshot("projects-desktop");

        citizen.click(".project-card[data-project='PRJ_WEST_LINE'] .project-name");
        citizen.waitForPath("/civic/projects/PRJ_WEST_LINE");
        citizen.waitForText("#project-title", "서부선 경전철 건설");
        WebElement late = citizen.find("#project-timeline .gantt-row[data-status='OVERDUE']");
        assertThat(late.getAttribute("class")).contains("gantt-row-late");
        assertThat(late.getText()).contains("기한 초과", "일 지연");
        assertThat(late.findElements(org.openqa.selenium.By.cssSelector(".gantt-overrun")))
                .hasSize(1);
        assertThat(citizen.all("#project-timeline .gantt-row[data-status='UPCOMING'] .gantt-overrun"))
                .as("steps ahead are not marked late")
                .isEmpty();
        assertThat(citizen.find("#project-contact").getAttribute("href")).startsWith("tel:");
        assertThat(citizen.all("#project-facts .call-video"))
                .as("citizens cannot call")
                .isEmpty();
        citizen.screenshot("project-desktop");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/civic/projects/PRJ_WEST_LINE");
        mayor.waitForText("#project-title", "서부선");
        assertThat(mayor.find("#project-facts .call-video").getAttribute("data-department"))
                .isEqualTo("TRAFFIC");
        assertThat(mayor.all("#project-facts .call-voice")).hasSize(1);

        Browser phone = browser(Browser.PHONE).open("/civic/projects/PRJ_WEST_LINE");
        phone.waitForText("#project-title", "서부선");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("project-phone");
        phone.open("/civic/projects");
        phone.waitForText("#project-list", "서부선");
        phone.screenshot("projects-phone");
    }

    @Autowired
    kr.seoul.smartcity.civic.service.ProposalService proposals;

    @Test
    void aProposalCrossingItsThresholdAppearsInTheDepartmentsQueueWithoutReload() {
        Browser citizen = browser().open("/civic/proposals");
        assertThat(citizen.all(".proposal-card")).as("proposals first").isNotEmpty();
        citizen.click("#proposal-new");
        citizen.type("#proposal-title-field", "버스");
        citizen.click("#proposal-submit");
        citizen.waitForText("#proposal-title-field", "5자 이상");
        assertThat(citizen.find("#proposal-title-field input").getAttribute("value"))
                .as("what was typed is kept")
                .isEqualTo("버스");
        citizen.screenshot("proposals-invalid");

        String title = "정류장 도착 안내판 " + System.nanoTime() % 100000;
        citizen.type("#proposal-title-field", title);
        citizen.type("#proposal-body-field", "모든 버스 정류장에 실시간 도착 안내판을 설치해 주세요.");
        citizen.click("#proposal-department-field");
        citizen.type("#proposal-department-field", "도시교통실");
        citizen.press("#proposal-department-field input", org.openqa.selenium.Keys.ENTER);
        citizen.click("#proposal-submit");
        citizen.waitForText("#proposal-heading", title);
        long id = Long.parseLong(citizen.currentPath().replaceAll(".*/", ""));

        Browser traffic = browser();
        traffic.signIn("traffic", "traffic");
        traffic.open("/civic/proposals/queue");
        assertThat(traffic.all(".proposal-card[data-proposal='" + id + "']")).isEmpty();

        int threshold = proposals.thresholds().department();
        for (int i = 1; i < threshold; i++) {
            kr.seoul.smartcity.civic.service.CitizenSupports.support(proposals, id, i);
        }
        citizen.open("/civic/proposals/" + id);
        citizen.waitForText("#proposal-supports", String.valueOf(threshold - 1));
        citizen.click("#proposal-support");
        // the browser answers the server's challenge with a proof of work before the support counts
        citizen.waitForText("#proposal-supports", "공감 " + threshold);
        citizen.waitForText("#proposal-support-status", "공감이 반영되었습니다");
        citizen.waitForText("#proposal-due", "담당 부서 답변 대기");
        assertThat(citizen.find("#proposal-support").getAttribute("disabled"))
                .as("one support per person")
                .isNotNull();
        citizen.screenshot("proposal-desktop");

        traffic.waitForText("#proposal-queue", title, Duration.ofSeconds(10));
        traffic.type("#answer-" + id, "내년 상반기까지 정류장 500곳에 안내판을 설치하겠습니다.");
        traffic.click("#send-" + id);
        traffic.waitForText("vaadin-notification-card", "답변을 등록했습니다");
        traffic.screenshot("proposal-queue-desktop");

        citizen.waitForText("#proposal-answer", "500곳", Duration.ofSeconds(10));
        Browser phone = browser(Browser.PHONE).open("/civic/proposals/" + id);
        phone.waitForText("#proposal-answer", "500곳");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("proposal-phone");
        phone.open("/civic/proposals");
        phone.screenshot("proposals-phone");
    }

    @Test
    void citizensSeeComplaintsByChannelOverdueBureausAndTheWeeksTopics() {
        Browser citizen = browser().open("/civic/opinions");
        citizen.waitForText("#opinion-channels", "120다산콜");
        assertThat(citizen.all("#opinion-channels .opinion-channel")).hasSize(5);
        assertThat(citizen.all("#opinion-bureaus .achievement-behind"))
                .as("overdue bureaus flagged")
                .hasSize(2);
        assertThat(citizen.text("#opinion-topics")).contains("대중교통").doesNotContain("공직 비위 제보");
        citizen.screenshot("opinions-desktop");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/civic/opinions");
        mayor.waitForText("#opinion-topics", "공직 비위 제보");

        Browser phone = browser(Browser.PHONE).open("/civic/opinions");
        phone.waitForText("#opinion-channels", "120다산콜");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("opinions-phone");
    }

    @Test
    void citizensSeeThePledgeMapAndSeoulsProfileWithoutInternalItems() {
        Browser citizen = browser().open("/civic/pledges");
        citizen.waitForText("#pledge-list", "지하철 심야 연장 운행");
        assertThat(citizen.all("#pledge-list .pledge-card")).hasSize(19);
        assertThat(citizen.isPresent(".pledge-card[data-pledge='PL_CONTROL_ROOM']"))
                .isFalse();
        assertThat(citizen.all(".pledge-card[data-status='DELAYED'] .achievement-behind"))
                .isNotEmpty();
        citizen.screenshot("pledges-desktop");

        citizen.open("/civic/profile");
        citizen.waitForText("#profile-statistics", "인구");
        assertThat(citizen.text("#profile-rankings")).contains("스마트 도시", "2025");
        assertThat(citizen.all("#world-plot circle.world-city")).hasSize(18);
        assertThat(citizen.text("#profile-partners")).contains("보고타", "버스 중앙차로");
        citizen.screenshot("profile-desktop");
        citizen.js("arguments[0].scrollIntoView({block: 'center'})", citizen.find("#world-plot"));
        citizen.screenshot("profile-world-desktop");

        Browser phone = browser(Browser.PHONE).open("/civic/profile");
        phone.waitForText("#profile-statistics", "인구");
        assertThat(phone.fitsWidth()).as("no horizontal overflow").isTrue();
        phone.screenshot("profile-phone");
        phone.open("/civic/pledges");
        phone.waitForText("#pledge-list", "지하철");
        assertThat((Boolean) phone.js("""
                const map = document.querySelector('#pledge-map').getBoundingClientRect();
                const canvas = document.querySelector('#pledge-map .leaflet-container').getBoundingClientRect();
                return Math.abs(map.top - canvas.top) < 1 && Math.abs(map.height - canvas.height) < 1;"""))
                .as("the map stays inside its box on a phone")
                .isTrue();
        phone.screenshot("pledges-phone");

        Browser mayor = browser();
        mayor.signIn("mayor", "mayor");
        mayor.open("/civic/pledges");
        mayor.waitForText("#pledge-list", "재난상황실 이전");
    }
}
