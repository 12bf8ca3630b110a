package kr.seoul.smartcity.directive.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import kr.seoul.smartcity.approval.domain.InvalidAttachmentException;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directive.domain.Actor;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.Directive;
import kr.seoul.smartcity.directive.domain.DirectiveAction;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.directive.domain.DirectiveEvent;
import kr.seoul.smartcity.directive.domain.DirectiveRefusedException;
import kr.seoul.smartcity.directive.domain.DirectiveStatus;
import kr.seoul.smartcity.directive.domain.Priority;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Directives and reports on the real PostgreSQL, with the demo data of the embedded default. */
@CityIntegrationTest
class DirectiveServiceIT {

    private static final Actor MAYOR = new Actor("mayor", "김서울", Role.MAYOR, null);
    private static final Actor TRAFFIC = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");
    private static final Actor CLIMATE = new Actor("climate", "박환경", Role.OFFICIAL, "CLIMATE");
    private static final Viewer MAYOR_VIEW = new Viewer(Role.MAYOR, null);
    private static final Viewer TRAFFIC_VIEW = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE_VIEW = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Autowired
    DirectiveService directives;

    @Autowired
    ReportService reports;

    @Autowired
    LiveEventBus events;

    private Directive issue(String title, Instant due) {
        return directives.issue(
                MAYOR,
                new NewDirective(
                        title,
                        "",
                        List.of("TRAFFIC"),
                        due,
                        Priority.HIGH,
                        DirectiveContext.of(ContextKind.ALERT, 7, "도로 통행속도 경보", "alerts")));
    }

    @Test
    void aDirectiveGoesFromIssuedToAcceptedAndEveryStepIsRecordedWithWhoAndWhen() {
        List<DirectiveChanged> heard = new CopyOnWriteArrayList<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(DirectiveChanged.TOPIC, heard::add)) {
            Directive issued = issue("교차로 신호 주기 조정", directives.now().plus(Duration.ofDays(2)));
            assertThat(directives.box(TRAFFIC_VIEW)).extracting(Directive::id).contains(issued.id());
            assertThat(directives.box(CLIMATE_VIEW)).extracting(Directive::id).doesNotContain(issued.id());

            directives.acknowledge(TRAFFIC, issued.id());
            directives.assign(TRAFFIC, issued.id(), "director");
            directives.progress(
                    TRAFFIC,
                    issued.id(),
                    "현장 조사 중",
                    DirectiveEvent.LinkKind.APPROVAL,
                    "12",
                    List.of(new Upload("현장사진.png", png())));
            directives.reportDone(TRAFFIC, issued.id(), "신호 주기를 120초에서 100초로 줄였습니다.", List.of());
            Directive accepted = directives.accept(MAYOR, issued.id(), "");

            assertThat(accepted.status()).isEqualTo(DirectiveStatus.ACCEPTED);
            assertThat(accepted.ownerName()).isEqualTo("정국장");
            assertThat(accepted.result()).contains("100초");
            List<DirectiveEvent> history = directives.history(MAYOR_VIEW, issued.id());
            assertThat(history)
                    .extracting(DirectiveEvent::action)
                    .containsExactly(
                            DirectiveAction.ISSUED,
                            DirectiveAction.ACKNOWLEDGED,
                            DirectiveAction.ASSIGNED,
                            DirectiveAction.PROGRESS,
                            DirectiveAction.REPORTED_DONE,
                            DirectiveAction.ACCEPTED);
            assertThat(history)
                    .extracting(DirectiveEvent::actor)
                    .containsExactly("mayor", "traffic", "traffic", "traffic", "traffic", "mayor");
            DirectiveEvent progress = history.get(3);
            assertThat(progress.linkRef()).isEqualTo("12");
            assertThat(progress.attachments()).singleElement().satisfies(file -> {
                assertThat(file.fileName()).isEqualTo("현장사진.png");
                assertThat(directives
                                .attachment(TRAFFIC_VIEW, issued.id(), file.id())
                                .orElseThrow()
                                .content())
                        .isEqualTo(png());
            });
            assertThat(directives.board(MAYOR_VIEW).doneThisWeek())
                    .extracting(Directive::id)
                    .contains(issued.id());
            // delivered on the bus's own thread, while still subscribed
            await().untilAsserted(() -> assertThat(heard)
                    .extracting(DirectiveChanged::action)
                    .contains("ISSUED", "ACKNOWLEDGED", "ACCEPTED"));
        }
    }

    @Test
    void wrongStepsAndBadFilesAreRefusedAndChangeNothing() {
        Directive issued = issue("버스전용차로 단속", directives.now().plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> directives.acknowledge(CLIMATE, issued.id()))
                .isInstanceOfSatisfying(
                        DirectiveRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("directive.refused.not-department"));
        assertThatThrownBy(() -> directives.issue(
                        TRAFFIC,
                        new NewDirective(
                                "x", "", List.of("TRAFFIC"), directives.now().plus(Duration.ofDays(1)), null, null)))
                .isInstanceOf(DirectiveRefusedException.class);
        assertThatThrownBy(() -> directives.issue(
                        MAYOR,
                        new NewDirective(
                                " ", "", List.of("NOWHERE"), directives.now().minusSeconds(5), null, null)))
                .isInstanceOfSatisfying(
                        InvalidDirectiveException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "directive.problem.title",
                                        "directive.problem.departments",
                                        "directive.problem.due"));
        directives.acknowledge(TRAFFIC, issued.id());
        assertThatThrownBy(() -> directives.progress(
                        TRAFFIC,
                        issued.id(),
                        "사진",
                        null,
                        null,
                        List.of(new Upload("사진.png", "not a png".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOfSatisfying(
                        InvalidAttachmentException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("approval.attachment.content-mismatch"));
        assertThat(directives.history(MAYOR_VIEW, issued.id())).hasSize(2);
        assertThat(directives.directive(Viewer.CITIZEN, issued.id()))
                .as("internal")
                .isEmpty();
    }

    @Test
    void overdueDirectivesAreFlaggedOnTheBoardAndDepartmentsAreRemindedOnce() {
        Directive soon = issue("주말 집회 교통 통제 계획", directives.now().plus(Duration.ofHours(3)));
        assertThat(directives.board(MAYOR_VIEW).overdue())
                .as("the demo's overdue directive")
                .anySatisfy(d -> assertThat(d.title()).contains("빗물받이"));
        assertThat(directives.board(MAYOR_VIEW).overdue())
                .extracting(Directive::id)
                .doesNotContain(soon.id());

        directives.remindDue();
        directives.remindDue();
        assertThat(directives.history(MAYOR_VIEW, soon.id()))
                .extracting(DirectiveEvent::action)
                .containsExactly(DirectiveAction.ISSUED, DirectiveAction.REMINDED);
        assertThat(directives.directive(MAYOR_VIEW, soon.id()).orElseThrow().remindedAt())
                .isNotNull();
    }

    @Test
    void theMayorPublishesADirectiveWithItsAcceptedResultAndCanTakeItBack() {
        Directive issued = issue("한강 자전거도로 야간 조명 확충", directives.now().plus(Duration.ofDays(10)));
        assertThatThrownBy(() -> directives.publish(MAYOR, issued.id()))
                .as("no result accepted yet")
                .isInstanceOf(DirectiveRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "directive.refused.not-accepted");
        assertThat(directives.published(50)).extracting(Directive::id).doesNotContain(issued.id());

        directives.acknowledge(TRAFFIC, issued.id());
        directives.reportDone(TRAFFIC, issued.id(), "조명 120기를 설치했습니다.", List.of());
        assertThatThrownBy(() -> directives.publish(MAYOR, issued.id()))
                .as("reported, not accepted")
                .isInstanceOf(DirectiveRefusedException.class);
        directives.accept(MAYOR, issued.id(), "");
        assertThatThrownBy(() -> directives.publish(TRAFFIC, issued.id()))
                .isInstanceOf(DirectiveRefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "directive.refused.not-mayor");

        directives.publish(MAYOR, issued.id());
        assertThat(directives
                        .directive(Viewer.CITIZEN, issued.id())
                        .orElseThrow()
                        .result())
                .isEqualTo("조명 120기를 설치했습니다.");
        assertThat(directives.published(50)).extracting(Directive::id).contains(issued.id());

        directives.unpublish(MAYOR, issued.id());
        assertThat(directives.directive(Viewer.CITIZEN, issued.id())).isEmpty();
        assertThat(directives.published(50)).extracting(Directive::id).doesNotContain(issued.id());
        assertThat(directives.history(MAYOR_VIEW, issued.id()))
                .extracting(DirectiveEvent::action)
                .endsWith(DirectiveAction.ACCEPTED, DirectiveAction.PUBLISHED, DirectiveAction.UNPUBLISHED);
    }

    @Test
    void aReportIsQueuedForTheMayorAndABriefingFollowsThePresentersPage() {
        var report =
                reports.submit(TRAFFIC, new NewReport("12월 교통 보고", "머리말\n# 버스\n속도\n# 지하철\n혼잡도", null, null), List.of());
        assertThat(report.pages()).hasSize(3);
        assertThat(reports.queue(MAYOR_VIEW)).extracting(r -> r.id()).contains(report.id());
        assertThat(reports.queue(CLIMATE_VIEW)).extracting(r -> r.id()).doesNotContain(report.id());
        assertThat(reports.report(Viewer.CITIZEN, report.id())).isEmpty();

        var briefing = reports.startBriefing(MAYOR, MAYOR_VIEW, report.id());
        List<BriefingMoved> moves = new CopyOnWriteArrayList<>();
        try (LiveEventBus.Subscription ignored = events.subscribe(BriefingMoved.TOPIC, moves::add)) {
            assertThat(reports.turnTo(MAYOR, briefing.id(), 2).page()).isEqualTo(2);
            assertThat(reports.turnTo(MAYOR, briefing.id(), 9).page())
                    .as("bounded")
                    .isEqualTo(2);
            assertThatThrownBy(() -> reports.turnTo(TRAFFIC, briefing.id(), 0))
                    .isInstanceOf(DirectiveRefusedException.class);
            // the bus delivers on its own thread: the move reaches the screens following the briefing soon after
            await().untilAsserted(() ->
                    assertThat(moves).extracting(BriefingMoved::page).contains(2));
        }
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};
    }
}
