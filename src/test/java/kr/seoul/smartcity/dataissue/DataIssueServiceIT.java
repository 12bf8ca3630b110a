package kr.seoul.smartcity.dataissue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dataissue.domain.DataIssue;
import kr.seoul.smartcity.dataissue.service.DataIssueActor;
import kr.seoul.smartcity.dataissue.service.DataIssueChanged;
import kr.seoul.smartcity.dataissue.service.DataIssueDraft;
import kr.seoul.smartcity.dataissue.service.DataIssueRefusedException;
import kr.seoul.smartcity.dataissue.service.DataIssueService;
import kr.seoul.smartcity.dataissue.service.InvalidDataIssueException;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Report a problem with this data": a citizen reports what they see, the owning department answers, the citizen
 * reads the answer by the receipt; nobody else answers, and nothing is answered twice.
 */
@CityIntegrationTest
class DataIssueServiceIT {

    private static final DataIssueActor CITIZEN = DataIssueActor.CITIZEN;
    private static final DataIssueActor CLIMATE = DataIssueActor.staff("climate", Role.OFFICIAL, "CLIMATE");
    private static final DataIssueActor TRAFFIC = DataIssueActor.staff("traffic", Role.OFFICIAL, "TRAFFIC");
    private static final DataIssueActor MAYOR = DataIssueActor.staff("mayor", Role.MAYOR, null);
    private static final DataIssueActor ADMIN = DataIssueActor.staff("admin", Role.ADMIN, "DIGITAL");
    private static final Instant SEEN_AS_OF = Instant.parse("2026-05-04T03:00:00Z");

    @Autowired
    DataIssueService issues;

    @Autowired
    LiveEventBus events;

    private static DataIssueDraft pm25(String message) {
        return new DataIssueDraft("AIR_PM25", "11110", "pm25-tile", "180 µg/m³", SEEN_AS_OF, message);
    }

    /** The next event about this report, waiting at most five seconds. */
    private static DataIssueChanged next(BlockingQueue<DataIssueChanged> changes, long id) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < until) {
            DataIssueChanged change = changes.poll(until - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (change != null && change.issueId() == id) {
                return change;
            }
        }
        return null;
    }

    @Test
    void aCitizenReportsAPublicIndicatorAndTheOwningDepartmentAnswersIt() throws InterruptedException {
        BlockingQueue<DataIssueChanged> changes = new LinkedBlockingQueue<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(DataIssueChanged.TOPIC, changes::add)) {
            String receipt = issues.report(CITIZEN, pm25("  종로구 미세먼지가 180으로 나오는데 창밖은 맑습니다.  "));

            assertThat(receipt).matches("[A-Za-z0-9_-]{24}");
            DataIssue reported = issues.byReceipt(receipt).orElseThrow();
            assertThat(reported.indicatorCode()).isEqualTo("AIR_PM25");
            assertThat(reported.departmentCode()).isEqualTo("CLIMATE");
            assertThat(reported.districtCode()).isEqualTo("11110");
            assertThat(reported.widgetId()).isEqualTo("pm25-tile");
            assertThat(reported.valueSeen()).isEqualTo("180 µg/m³");
            assertThat(reported.seenAsOf()).isEqualTo(SEEN_AS_OF);
            assertThat(reported.message()).isEqualTo("종로구 미세먼지가 180으로 나오는데 창밖은 맑습니다.");
            assertThat(reported.reporterUsername()).isNull();
            assertThat(reported.answered()).isFalse();
            assertThat(next(changes, reported.id())).isEqualTo(new DataIssueChanged(reported.id(), "CLIMATE", false));

            // in the owning department's queue, open, and in the mayor's and administrators'; not in another's
            assertThat(issues.queue(CLIMATE)).extracting(DataIssue::id).contains(reported.id());
            assertThat(issues.queue(MAYOR)).extracting(DataIssue::id).contains(reported.id());
            assertThat(issues.queue(ADMIN)).extracting(DataIssue::id).contains(reported.id());
            assertThat(issues.queue(TRAFFIC)).extracting(DataIssue::id).doesNotContain(reported.id());
            assertThat(issues.queue(CLIMATE).getFirst().answered()).isFalse();
            assertThatThrownBy(() -> issues.queue(CITIZEN)).isInstanceOf(DataIssueRefusedException.class);

            // another department, the mayor and citizens may not answer
            assertThatThrownBy(() -> issues.answer(TRAFFIC, reported.id(), "저희가 확인했습니다."))
                    .isInstanceOfSatisfying(DataIssueRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(DataIssueRefusedException.Reason.NOT_ALLOWED);
                        assertThat(e.key()).isEqualTo("data-issue.refused.not-yours");
                    });
            assertThatThrownBy(() -> issues.answer(MAYOR, reported.id(), "확인하세요."))
                    .isInstanceOf(DataIssueRefusedException.class);
            assertThatThrownBy(() -> issues.answer(CITIZEN, reported.id(), "확인했습니다."))
                    .isInstanceOf(DataIssueRefusedException.class);
            assertThat(issues.mayAnswer(TRAFFIC, reported)).isFalse();
            assertThat(issues.mayAnswer(CLIMATE, reported)).isTrue();
            assertThat(issues.byReceipt(receipt).orElseThrow().answered()).isFalse();

            // an answer too short is refused with the field to fix
            assertThatThrownBy(() -> issues.answer(CLIMATE, reported.id(), " 네 "))
                    .isInstanceOfSatisfying(
                            InvalidDataIssueException.class,
                            e -> assertThat(e.problem("answer")).isPresent());

            DataIssue answered = issues.answer(CLIMATE, reported.id(), "종로구 측정소 센서 오류로 확인되어 값을 바로잡았습니다. 알려 주셔서 감사합니다.");
            assertThat(answered.answered()).isTrue();
            assertThat(next(changes, reported.id())).isEqualTo(new DataIssueChanged(reported.id(), "CLIMATE", true));

            DataIssue seenByReporter = issues.byReceipt(receipt).orElseThrow();
            assertThat(seenByReporter.answer()).isEqualTo("종로구 측정소 센서 오류로 확인되어 값을 바로잡았습니다. 알려 주셔서 감사합니다.");
            assertThat(seenByReporter.answeredBy()).isEqualTo("climate");
            assertThat(seenByReporter.answeredAt()).isNotNull();
            assertThat(issues.queue(CLIMATE))
                    .filteredOn(issue -> issue.id() == reported.id())
                    .singleElement()
                    .satisfies(issue -> assertThat(issue.answered()).isTrue());

            // a second answer, by anyone, is refused and the first stays
            assertThatThrownBy(() -> issues.answer(CLIMATE, reported.id(), "다시 확인해 보니 정상입니다."))
                    .isInstanceOfSatisfying(
                            DataIssueRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(DataIssueRefusedException.Reason.CONFLICT));
            assertThatThrownBy(() -> issues.answer(ADMIN, reported.id(), "관리자 답변입니다."))
                    .isInstanceOf(DataIssueRefusedException.class);
            assertThat(issues.byReceipt(receipt).orElseThrow().answer()).startsWith("종로구 측정소 센서 오류");
        }
    }

    @Test
    void aCitizenCannotReportAnInternalIndicatorButStaffCan() {
        DataIssueDraft staffOnDuty =
                new DataIssueDraft("STAFF_ON_DUTY", null, null, "150 명", null, "근무 인원이 실제보다 적게 나옵니다.");
        assertThatThrownBy(() -> issues.report(CITIZEN, staffOnDuty))
                .isInstanceOfSatisfying(DataIssueRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DataIssueRefusedException.Reason.NOT_FOUND);
                    assertThat(e.key()).isEqualTo("data-issue.refused.unknown-indicator");
                });
        assertThatThrownBy(() -> issues.report(
                        CITIZEN, new DataIssueDraft("NO_SUCH_INDICATOR", null, null, "1", null, "이런 지표는 없습니다.")))
                .isInstanceOf(DataIssueRefusedException.class);

        String receipt = issues.report(TRAFFIC, staffOnDuty);
        DataIssue reported = issues.byReceipt(receipt).orElseThrow();
        assertThat(reported.reporterUsername()).isEqualTo("traffic");
        assertThat(reported.departmentCode()).isEqualTo("SAFETY");
        assertThat(reported.districtCode()).isNull();
        // the receipt of a report on an internal indicator, passed to a citizen, shows nothing
        assertThat(issues.byReceipt(Viewer.CITIZEN, receipt)).isEmpty();
        assertThat(issues.byReceipt(new Viewer(Role.OFFICIAL, "TRAFFIC"), receipt))
                .isPresent();
    }

    @Test
    void aMessageTooShortIsRefusedWithTheFieldToFixAndNothingIsSent() {
        int before = issues.queue(ADMIN).size();
        assertThatThrownBy(() -> issues.report(CITIZEN, pm25("  틀림 ")))
                .isInstanceOfSatisfying(InvalidDataIssueException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.field()).isEqualTo("message");
                        assertThat(problem.key()).isEqualTo("data-issue.problem.message-length");
                        assertThat(problem.arguments())
                                .containsExactly(DataIssueService.MIN_MESSAGE, DataIssueService.MAX_MESSAGE);
                    });
                });
        assertThatThrownBy(() -> issues.report(CITIZEN, pm25("가".repeat(DataIssueService.MAX_MESSAGE + 1))))
                .isInstanceOfSatisfying(
                        InvalidDataIssueException.class,
                        e -> assertThat(e.problem("message")).isPresent());
        assertThatThrownBy(() ->
                        issues.report(CITIZEN, new DataIssueDraft("AIR_PM25", "99999", null, "1", null, "없는 구의 값입니다.")))
                .isInstanceOfSatisfying(
                        InvalidDataIssueException.class,
                        e -> assertThat(e.problem("districtCode")).isPresent());
        assertThat(issues.queue(ADMIN)).hasSize(before);
    }

    @Test
    void aReceiptIsUnguessable() {
        String first = issues.report(CITIZEN, pm25("첫 번째 신고입니다."));
        String second = issues.report(CITIZEN, pm25("두 번째 신고입니다."));
        assertThat(first).isNotEqualTo(second);
        assertThat(issues.byReceipt("1")).isEmpty();
        assertThat(issues.byReceipt("' OR 1=1 --")).isEmpty();
        assertThat(issues.byReceipt("A".repeat(24))).isEmpty();
        assertThat(List.of(first, second))
                .allSatisfy(r -> assertThat(issues.byReceipt(r)).isPresent());
    }
}
