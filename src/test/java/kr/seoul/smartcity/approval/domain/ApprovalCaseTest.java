package kr.seoul.smartcity.approval.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static kr.seoul.smartcity.approval.domain.ApprovalAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The state machine: every status × action, who may act, and the line's turns. */
class ApprovalCaseTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final ApprovalCase.Deputies NONE = ApprovalCase.Deputies.NONE;

    /** The expected table, written independently of the implementation's. */
    private static final Map<DocumentStatus, Map<ApprovalAction, DocumentStatus>> EXPECTED = Map.of(
            DocumentStatus.DRAFT, Map.of(EDIT, DocumentStatus.DRAFT, SUBMIT, DocumentStatus.IN_PROGRESS),
            DocumentStatus.IN_PROGRESS,
                    Map.of(
                            APPROVE,
                            DocumentStatus.IN_PROGRESS,
                            REJECT_TO_DRAFTER,
                            DocumentStatus.REJECTED,
                            REJECT_TO_PREVIOUS,
                            DocumentStatus.REJECTED,
                            HOLD,
                            DocumentStatus.ON_HOLD,
                            WITHDRAW,
                            DocumentStatus.DRAFT),
            DocumentStatus.ON_HOLD, Map.of(RELEASE, DocumentStatus.IN_PROGRESS),
            DocumentStatus.COMPLETED, Map.of(),
            DocumentStatus.REJECTED, Map.of(REDRAFT, DocumentStatus.DRAFT));

    static Stream<Arguments> everyStatusAndAction() {
        return Arrays.stream(DocumentStatus.values())
                .flatMap(status -> Arrays.stream(ApprovalAction.values()).map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStatusAndAction")
    void everyTransitionIsAllowedOrRefusedByTheTable(DocumentStatus status, ApprovalAction action) {
        ApprovalCase approval = inStatus(status);
        String actor = rightActor(action);
        DocumentStatus expected = EXPECTED.get(status).get(action);

        assertThat(ApprovalCase.allowed(status, action)).isEqualTo(expected != null);
        if (expected == null) {
            assertRefused(() -> approval.apply(action, actor, NONE, NOW, null), ApprovalRefusedException.WRONG_STATE);
        } else {
            ApprovalCase.Result result = approval.apply(action, actor, NONE, NOW, null);
            assertThat(result.after().status()).isEqualTo(expected);
            assertThat(result.newVersion()).isEqualTo(action == REDRAFT);
        }
    }

    @ParameterizedTest(name = "{0} × {1} by someone else")
    @MethodSource("everyStatusAndAction")
    void allowedTransitionsAreRefusedToTheWrongPerson(DocumentStatus status, ApprovalAction action) {
        if (!EXPECTED.get(status).containsKey(action)) {
            return;
        }
        ApprovalCase approval = inStatus(status);
        boolean drafterAction = action == EDIT || action == SUBMIT || action == WITHDRAW || action == REDRAFT;
        assertRefused(
                () -> approval.apply(action, "stranger", NONE, NOW, null),
                drafterAction ? ApprovalRefusedException.NOT_DRAFTER : ApprovalRefusedException.NOT_YOUR_TURN);
        if (!drafterAction) {
            // the final approver is on the line but it is not their turn; the drafter is not an approver
            assertRefused(
                    () -> approval.apply(action, "mayor", NONE, NOW, null), ApprovalRefusedException.NOT_YOUR_TURN);
            assertRefused(
                    () -> approval.apply(action, "drafter", NONE, NOW, null), ApprovalRefusedException.NOT_YOUR_TURN);
        } else {
            assertRefused(
                    () -> approval.apply(action, "reviewer", NONE, NOW, null), ApprovalRefusedException.NOT_DRAFTER);
        }
    }

    @Test
    void theLineRunsToCompletionAndRecordsWhoSigned() {
        ApprovalCase approval = inStatus(DocumentStatus.IN_PROGRESS);
        ApprovalCase.Result reviewed = approval.apply(APPROVE, "reviewer", NONE, NOW, "검토했습니다");
        assertThat(reviewed.after().current())
                .extracting(ApprovalStep::approver)
                .containsExactly("mayor");
        assertThat(reviewed.step().comment()).isEqualTo("검토했습니다");

        ApprovalCase.Result done = reviewed.after().apply(APPROVE, "mayor", NONE, NOW, null);
        assertThat(done.after().status()).isEqualTo(DocumentStatus.COMPLETED);
        assertThat(done.after().current()).isEmpty();
        assertThat(done.after().steps()).allMatch(s -> s.state() == StepState.APPROVED);
    }

    @Test
    void theDrafterWithdrawsOnlyBeforeTheNextPersonActs() {
        ApprovalCase reviewed = inStatus(DocumentStatus.IN_PROGRESS)
                .apply(APPROVE, "reviewer", NONE, NOW, null)
                .after();
        assertRefused(
                () -> reviewed.apply(WITHDRAW, "drafter", NONE, NOW, null), ApprovalRefusedException.ALREADY_ACTED);

        ApprovalCase withdrawn = inStatus(DocumentStatus.IN_PROGRESS)
                .apply(WITHDRAW, "drafter", NONE, NOW, null)
                .after();
        assertThat(withdrawn.steps()).allMatch(s -> s.state() == StepState.WAITING);
    }

    @Test
    void rejectionToThePreviousStepReturnsItToThatStep() {
        ApprovalCase reviewed = inStatus(DocumentStatus.IN_PROGRESS)
                .apply(APPROVE, "reviewer", NONE, NOW, null)
                .after();
        ApprovalCase.Result back = reviewed.apply(REJECT_TO_PREVIOUS, "mayor", NONE, NOW, "다시 검토");
        assertThat(back.after().status()).isEqualTo(DocumentStatus.IN_PROGRESS);
        assertThat(back.after().current()).extracting(ApprovalStep::approver).containsExactly("reviewer");

        ApprovalCase.Result toDrafter = reviewed.apply(REJECT_TO_DRAFTER, "mayor", NONE, NOW, "반려");
        assertThat(toDrafter.after().status()).isEqualTo(DocumentStatus.REJECTED);
        assertThat(toDrafter.step().state()).isEqualTo(StepState.REJECTED);
    }

    @Test
    void onlyTheApproverWhoHeldReleases() {
        ApprovalCase held = inStatus(DocumentStatus.IN_PROGRESS)
                .apply(HOLD, "reviewer", NONE, NOW, null)
                .after();
        assertThat(held.heldBy()).isEqualTo("reviewer");
        assertRefused(() -> held.apply(APPROVE, "reviewer", NONE, NOW, null), ApprovalRefusedException.WRONG_STATE);
        assertRefused(() -> held.apply(RELEASE, "mayor", NONE, NOW, null), ApprovalRefusedException.NOT_YOUR_TURN);
        assertThat(held.apply(RELEASE, "reviewer", NONE, NOW, null).after().heldBy())
                .isNull();
    }

    @Test
    void parallelCooperationWaitsForEveryone() {
        List<ApprovalStep> line = ApprovalCase.line(
                "drafter",
                List.of(
                        LineEntry.review("reviewer"),
                        LineEntry.cooperation("coopA", false),
                        LineEntry.cooperation("coopB", true),
                        LineEntry.approval("mayor")));
        ApprovalCase approval = new ApprovalCase(DocumentStatus.DRAFT, "drafter", line, null)
                .apply(SUBMIT, "drafter", NONE, NOW, null)
                .after()
                .apply(APPROVE, "reviewer", NONE, NOW, null)
                .after();
        assertThat(approval.current()).extracting(ApprovalStep::approver).containsExactly("coopA", "coopB");
        ApprovalCase oneDone = approval.apply(APPROVE, "coopB", NONE, NOW, null).after();
        assertThat(oneDone.current()).extracting(ApprovalStep::approver).containsExactly("coopA");
        assertRefused(() -> oneDone.apply(APPROVE, "mayor", NONE, NOW, null), ApprovalRefusedException.NOT_YOUR_TURN);
        assertThat(oneDone.apply(APPROVE, "coopA", NONE, NOW, null).after().current())
                .extracting(ApprovalStep::approver)
                .containsExactly("mayor");
        assertThat(ApprovalCase.entries(line))
                .containsExactly(
                        LineEntry.review("reviewer"),
                        LineEntry.cooperation("coopA", false),
                        LineEntry.cooperation("coopB", true),
                        LineEntry.approval("mayor"));
    }

    @Test
    void aSubstituteActsAndTheStepShowsBothNames() {
        ApprovalCase.Deputies deputies =
                (actor, approver) -> actor.equals(approver) || (actor.equals("deputy") && approver.equals("reviewer"));
        ApprovalCase.Result result = inStatus(DocumentStatus.IN_PROGRESS).apply(APPROVE, "deputy", deputies, NOW, null);
        assertThat(result.onBehalfOf()).isEqualTo("reviewer");
        assertThat(result.step().actedBy()).isEqualTo("deputy");
        assertThat(result.step().signature()).isEqualTo("대결 deputy (for reviewer)");
    }

    @Test
    void linesAreCompleteAndOrderedAndNameEveryoneOnce() {
        assertRefused(() -> ApprovalCase.line("d", List.of()), ApprovalRefusedException.INVALID);
        assertRefused(() -> ApprovalCase.line("d", List.of(LineEntry.review("r"))), ApprovalRefusedException.INVALID);
        assertRefused(
                () -> ApprovalCase.line("d", List.of(LineEntry.approval("a"), LineEntry.review("r"))),
                ApprovalRefusedException.INVALID);
        assertRefused(
                () -> ApprovalCase.line("d", List.of(LineEntry.review("r"), LineEntry.approval("r"))),
                ApprovalRefusedException.INVALID);
        assertRefused(() -> ApprovalCase.line("d", List.of(LineEntry.approval("d"))), ApprovalRefusedException.INVALID);
        assertThat(ApprovalCase.line("d", List.of(LineEntry.review("r")), false))
                .hasSize(2);
        assertRefused(
                () -> new ApprovalCase(DocumentStatus.DRAFT, "d", ApprovalCase.line("d", List.of(), false), null)
                        .apply(SUBMIT, "d", NONE, NOW, null),
                ApprovalRefusedException.INVALID);
    }

    /** A two-step line (reviewer, mayor) in the given status. */
    private static ApprovalCase inStatus(DocumentStatus status) {
        ApprovalCase draft = new ApprovalCase(
                DocumentStatus.DRAFT,
                "drafter",
                ApprovalCase.line("drafter", List.of(LineEntry.review("reviewer"), LineEntry.approval("mayor"))),
                null);
        return switch (status) {
            case DRAFT -> draft;
            case IN_PROGRESS -> draft.apply(SUBMIT, "drafter", NONE, NOW, null).after();
            case ON_HOLD ->
                inStatus(DocumentStatus.IN_PROGRESS)
                        .apply(HOLD, "reviewer", NONE, NOW, null)
                        .after();
            case COMPLETED ->
                inStatus(DocumentStatus.IN_PROGRESS)
                        .apply(APPROVE, "reviewer", NONE, NOW, null)
                        .after()
                        .apply(APPROVE, "mayor", NONE, NOW, null)
                        .after();
            case REJECTED ->
                inStatus(DocumentStatus.IN_PROGRESS)
                        .apply(REJECT_TO_DRAFTER, "reviewer", NONE, NOW, "no")
                        .after();
        };
    }

    private static String rightActor(ApprovalAction action) {
        return switch (action) {
            case EDIT, SUBMIT, WITHDRAW, REDRAFT -> "drafter";
            case APPROVE, REJECT_TO_DRAFTER, REJECT_TO_PREVIOUS, HOLD, RELEASE -> "reviewer";
        };
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ApprovalRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
