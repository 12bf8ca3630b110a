package kr.seoul.smartcity.directive.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.directory.domain.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may take which step of a directive from which status, and when one is overdue or due a reminder. */
class DirectiveTest {

    private static final Instant DUE = Instant.parse("2026-11-27T09:00:00Z");
    private static final Actor MAYOR = new Actor("mayor", "김서울", Role.MAYOR, null);
    private static final Actor TRAFFIC = new Actor("traffic", "이교통", Role.OFFICIAL, "TRAFFIC");
    private static final Actor CLIMATE = new Actor("climate", "박환경", Role.OFFICIAL, "CLIMATE");
    private static final Actor ADMIN = new Actor("admin", "최관리", Role.ADMIN, "DIGITAL");

    private static Directive in(DirectiveStatus status) {
        return new Directive(
                1,
                "불법 주정차 단속 강화",
                "",
                Priority.HIGH,
                status,
                List.of("TRAFFIC", "SAFETY"),
                DUE,
                "mayor",
                "김서울",
                DUE.minus(Duration.ofDays(3)),
                null,
                null,
                null,
                DisclosureClass.INTERNAL,
                null,
                null,
                null);
    }

    @Test
    void theDepartmentAcknowledgesWorksAndReportsDoneAndTheMayorAcceptsOrSendsBack() {
        assertThat(in(DirectiveStatus.ISSUED).next(DirectiveAction.ACKNOWLEDGED, TRAFFIC))
                .isEqualTo(DirectiveStatus.ACKNOWLEDGED);
        assertThat(in(DirectiveStatus.ACKNOWLEDGED).next(DirectiveAction.PROGRESS, TRAFFIC))
                .isEqualTo(DirectiveStatus.IN_PROGRESS);
        assertThat(in(DirectiveStatus.ACKNOWLEDGED).next(DirectiveAction.ASSIGNED, TRAFFIC))
                .isEqualTo(DirectiveStatus.IN_PROGRESS);
        assertThat(in(DirectiveStatus.IN_PROGRESS).next(DirectiveAction.REPORTED_DONE, TRAFFIC))
                .isEqualTo(DirectiveStatus.REPORTED_DONE);
        assertThat(in(DirectiveStatus.REPORTED_DONE).next(DirectiveAction.ACCEPTED, MAYOR))
                .isEqualTo(DirectiveStatus.ACCEPTED);
        assertThat(in(DirectiveStatus.REPORTED_DONE).next(DirectiveAction.SENT_BACK, MAYOR))
                .isEqualTo(DirectiveStatus.SENT_BACK);
        assertThat(in(DirectiveStatus.SENT_BACK).next(DirectiveAction.PROGRESS, TRAFFIC))
                .isEqualTo(DirectiveStatus.IN_PROGRESS);
        assertThat(in(DirectiveStatus.SENT_BACK).next(DirectiveAction.REPORTED_DONE, TRAFFIC))
                .isEqualTo(DirectiveStatus.REPORTED_DONE);
    }

    @Test
    void stepsOutOfOrderOrByTheWrongPersonAreRefusedWithTheReason() {
        assertRefused(
                in(DirectiveStatus.ISSUED),
                DirectiveAction.REPORTED_DONE,
                TRAFFIC,
                "directive.refused.acknowledge-first");
        assertRefused(
                in(DirectiveStatus.ISSUED), DirectiveAction.ACKNOWLEDGED, CLIMATE, "directive.refused.not-department");
        assertRefused(
                in(DirectiveStatus.ISSUED), DirectiveAction.ACKNOWLEDGED, MAYOR, "directive.refused.not-department");
        assertRefused(
                in(DirectiveStatus.IN_PROGRESS), DirectiveAction.ACCEPTED, MAYOR, "directive.refused.not-reported");
        assertRefused(
                in(DirectiveStatus.REPORTED_DONE), DirectiveAction.ACCEPTED, TRAFFIC, "directive.refused.not-issuer");
        assertRefused(
                in(DirectiveStatus.REPORTED_DONE), DirectiveAction.ACCEPTED, ADMIN, "directive.refused.not-issuer");
        assertRefused(
                in(DirectiveStatus.ACCEPTED), DirectiveAction.PROGRESS, TRAFFIC, "directive.refused.wrong-status");
        assertRefused(in(DirectiveStatus.ACCEPTED), DirectiveAction.PUBLISHED, TRAFFIC, "directive.refused.not-mayor");
        assertRefused(
                in(DirectiveStatus.ACCEPTED), DirectiveAction.REMINDED, Actor.SYSTEM, "directive.refused.wrong-status");
    }

    @Test
    void theScreensOfferOnlyTheStepsThePersonMayTakeNow() {
        assertThat(in(DirectiveStatus.ISSUED).allowed(TRAFFIC)).containsExactly(DirectiveAction.ACKNOWLEDGED);
        assertThat(in(DirectiveStatus.ISSUED).allowed(CLIMATE)).isEmpty();
        assertThat(in(DirectiveStatus.IN_PROGRESS).allowed(TRAFFIC))
                .containsExactlyInAnyOrder(
                        DirectiveAction.ASSIGNED, DirectiveAction.PROGRESS, DirectiveAction.REPORTED_DONE);
        assertThat(in(DirectiveStatus.REPORTED_DONE).allowed(MAYOR))
                .containsExactlyInAnyOrder(DirectiveAction.ACCEPTED, DirectiveAction.SENT_BACK);
        assertThat(in(DirectiveStatus.ACCEPTED).allowed(MAYOR)).containsExactly(DirectiveAction.PUBLISHED);
        assertThat(published(DirectiveStatus.ACCEPTED).allowed(MAYOR)).containsExactly(DirectiveAction.UNPUBLISHED);
        assertThat(published(DirectiveStatus.ACCEPTED).allowed(TRAFFIC)).isEmpty();
    }

    @Test
    void onlyAnAcceptedResultIsPublishedAndOnlyTheMayorPublishesOrTakesItBack() {
        assertThat(in(DirectiveStatus.ACCEPTED).next(DirectiveAction.PUBLISHED, MAYOR))
                .isEqualTo(DirectiveStatus.ACCEPTED);
        for (DirectiveStatus status : List.of(
                DirectiveStatus.ISSUED,
                DirectiveStatus.ACKNOWLEDGED,
                DirectiveStatus.IN_PROGRESS,
                DirectiveStatus.REPORTED_DONE,
                DirectiveStatus.SENT_BACK)) {
            assertRefused(in(status), DirectiveAction.PUBLISHED, MAYOR, "directive.refused.not-accepted");
        }
        assertRefused(
                published(DirectiveStatus.ACCEPTED),
                DirectiveAction.PUBLISHED,
                MAYOR,
                "directive.refused.already-public");
        assertThat(published(DirectiveStatus.ACCEPTED).next(DirectiveAction.UNPUBLISHED, MAYOR))
                .isEqualTo(DirectiveStatus.ACCEPTED);
        assertRefused(in(DirectiveStatus.ACCEPTED), DirectiveAction.UNPUBLISHED, MAYOR, "directive.refused.not-public");
        assertRefused(
                published(DirectiveStatus.ACCEPTED), DirectiveAction.UNPUBLISHED, ADMIN, "directive.refused.not-mayor");
        assertRefused(
                published(DirectiveStatus.ACCEPTED),
                DirectiveAction.UNPUBLISHED,
                TRAFFIC,
                "directive.refused.not-mayor");
    }

    private static Directive published(DirectiveStatus status) {
        Directive internal = in(status);
        return new Directive(
                internal.id(),
                internal.title(),
                internal.body(),
                internal.priority(),
                status,
                internal.departments(),
                internal.dueAt(),
                internal.issuedBy(),
                internal.issuedByName(),
                internal.issuedAt(),
                null,
                null,
                null,
                DisclosureClass.PUBLIC,
                "결과",
                null,
                null);
    }

    @Test
    void aDirectiveIsOverdueOnlyPastItsDueTimeWhileStillWithTheDepartment() {
        Instant after = DUE.plusSeconds(60);
        assertThat(in(DirectiveStatus.IN_PROGRESS).overdue(DUE)).isFalse();
        assertThat(in(DirectiveStatus.IN_PROGRESS).overdue(after)).isTrue();
        assertThat(in(DirectiveStatus.SENT_BACK).overdue(after)).isTrue();
        assertThat(in(DirectiveStatus.REPORTED_DONE).overdue(after)).isFalse();
        assertThat(in(DirectiveStatus.ACCEPTED).overdue(after)).isFalse();
    }

    @Test
    void theDepartmentIsRemindedOnceWithinTheReminderWindow() {
        Duration day = Duration.ofHours(24);
        assertThat(in(DirectiveStatus.ACKNOWLEDGED).needsReminder(DUE.minus(Duration.ofHours(25)), day))
                .isFalse();
        assertThat(in(DirectiveStatus.ACKNOWLEDGED).needsReminder(DUE.minus(Duration.ofHours(23)), day))
                .isTrue();
        Directive reminded = new Directive(
                1,
                "t",
                "",
                Priority.LOW,
                DirectiveStatus.ACKNOWLEDGED,
                List.of("TRAFFIC"),
                DUE,
                "mayor",
                "김서울",
                DUE,
                null,
                null,
                null,
                DisclosureClass.INTERNAL,
                null,
                DUE.minus(Duration.ofHours(23)),
                null);
        assertThat(reminded.needsReminder(DUE, day)).isFalse();
        assertThat(in(DirectiveStatus.REPORTED_DONE).needsReminder(DUE, day)).isFalse();
    }

    private static void assertRefused(Directive directive, DirectiveAction action, Actor actor, String key) {
        assertThatThrownBy(() -> directive.next(action, actor))
                .isInstanceOfSatisfying(
                        DirectiveRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
