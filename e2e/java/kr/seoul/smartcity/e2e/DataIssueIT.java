package kr.seoul.smartcity.e2e;

import java.time.Duration;
import java.time.Instant;

import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.service.DataIssueActor;
import kr.seoul.smartcity.dataissue.service.DataIssueDraft;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Report a problem with this data": a citizen's report reaches the owning department's queue at once, the
 * department answers on screen, and the answer appears on the citizen's open receipt page without reloading.
 */
class DataIssueIT extends BrowserTest {

    @Autowired
    DataIssueService issues;

    @Test
    void theOwningDepartmentAnswersAReportAndTheCitizenSeesTheAnswerWithoutReloading() {
        String message = "종로구 초미세먼지가 180으로 나오는데 <img src=x onerror=alert(1)> 하늘은 맑습니다.";
        String receipt = issues.report(
                DataIssueActor.CITIZEN,
                new DataIssueDraft(
                        "AIR_PM25", "11110", "pm25-tile", "180 µg/m³", Instant.parse("2026-05-04T03:00:00Z"), message));
        DataIssue issue = issues.byReceipt(receipt).orElseThrow();

        Browser citizen = browser();
        citizen.open("/data-issues/receipt/" + receipt);
        citizen.waitForText("#data-issue-waiting", "부서의 답변을 기다리고 있습니다");
        assertThat(citizen.text("#data-issue-reported"))
                .contains("초미세먼지", "종로구", "180 µg/m³", "2026-05-04 12:00", "<img src=x onerror=alert(1)>");
        // what the citizen wrote is shown as text, never as markup
        assertThat(citizen.isPresent("#data-issue-reported img")).isFalse();
        citizen.js("window.dataIssueNotReloaded = true");

        Browser official = browser();
        official.signIn("climate", "climate");
        assertThat(official.text("#main-nav")).contains("데이터 오류 신고");
        official.open("/data-issues");
        String card = "#data-issue-" + issue.id();
        official.waitForText("#data-issue-open " + card, "하늘은 맑습니다");
        assertThat(official.text(card)).contains("초미세먼지", "종로구", "180 µg/m³", "<img src=x onerror=alert(1)>");
        assertThat(official.isPresent(card + " img")).isFalse();

        // a new report appears in the open queue without reloading
        String later = issues.report(
                DataIssueActor.CITIZEN,
                new DataIssueDraft("AIR_PM25", "11680", null, "95 µg/m³", null, "강남구 값이 한 시간째 그대로입니다."));
        long laterId = issues.byReceipt(later).orElseThrow().id();
        official.waitForText("#data-issue-open #data-issue-" + laterId, "강남구 값이 한 시간째 그대로입니다", Duration.ofSeconds(10));

        // too short an answer is refused on the field
        official.type("#data-issue-answer-" + issue.id(), "네");
        official.click("#data-issue-send-" + issue.id());
        official.waitUntil(
                () -> official.find("#data-issue-answer-" + issue.id()).getAttribute("invalid") != null,
                Duration.ofSeconds(10));

        String answer = "종로구 측정소 센서 점검 결과 오류가 확인되어 값을 바로잡았습니다. 알려 주셔서 감사합니다.";
        official.type("#data-issue-answer-" + issue.id(), answer);
        official.click("#data-issue-send-" + issue.id());
        official.waitForText("#data-issue-answered " + card, "센서 점검 결과");
        assertThat(official.isPresent("#data-issue-open " + card)).isFalse();
        official.screenshot("data-issue-queue-desktop");

        citizen.waitForText("#data-issue-answer", answer, Duration.ofSeconds(10));
        assertThat(citizen.isPresent("#data-issue-waiting")).isFalse();
        assertThat(citizen.js("return window.dataIssueNotReloaded === true")).isEqualTo(true);
        citizen.screenshot("data-issue-receipt-answered-desktop");
    }

    @Test
    void anUnknownReceiptShowsNothingAndTheQueueIsForStaff() {
        Browser citizen = browser();
        citizen.open("/data-issues/receipt/AAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(citizen.text("#not-found-title")).isEqualTo("페이지를 찾을 수 없습니다");
        assertThat(citizen.isPresent("#data-issue-receipt")).isFalse();
        // the queue is for staff
        citizen.open("/data-issues");
        assertThat(citizen.isPresent("#data-issue-open")).isFalse();
    }
}
