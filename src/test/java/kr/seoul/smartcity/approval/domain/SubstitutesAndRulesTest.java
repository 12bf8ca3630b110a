package kr.seoul.smartcity.approval.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static kr.seoul.smartcity.approval.domain.ApprovalCaseTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 대결 resolution, 전결 rules and document numbers. */
class SubstitutesAndRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static Absence absence(long id, String approver, String substitute, LocalDate from, LocalDate to) {
        return new Absence(id, approver, substitute, from, to);
    }

    @Test
    void substitutionFollowsChains() {
        Substitutes today = Substitutes.on(
                DAY, List.of(absence(1, "A", "B", DAY, DAY.plusDays(2)), absence(2, "B", "C", DAY.minusDays(1), DAY)));
        assertThat(today.actingFor("A")).isEqualTo("C");
        assertThat(today.actingFor("B")).isEqualTo("C");
        assertThat(today.actingFor("C")).isEqualTo("C");
        assertThat(today.mayActFor("C", "A")).isTrue();
        assertThat(today.mayActFor("B", "A")).isFalse();
        assertThat(today.mayActFor("A", "A")).isTrue();
        assertThat(today.actsFor("C")).containsExactlyInAnyOrder("A", "B", "C");
    }

    @Test
    void expiredAndFutureAbsencesDoNotCount() {
        List<Absence> absences = List.of(
                absence(1, "A", "B", DAY.minusDays(5), DAY.minusDays(1)),
                absence(2, "A", "C", DAY.plusDays(1), DAY.plusDays(3)));
        assertThat(Substitutes.on(DAY, absences).actingFor("A")).isEqualTo("A");
        assertThat(Substitutes.on(DAY.plusDays(1), absences).actingFor("A")).isEqualTo("C");
        assertThat(Substitutes.on(DAY.minusDays(5), absences).actingFor("A")).isEqualTo("B");
        assertThat(Substitutes.on(DAY, absences).mayActFor("B", "A")).isFalse();
    }

    @Test
    void loopsAreRefused() {
        Substitutes looped = Substitutes.on(
                DAY,
                List.of(
                        absence(1, "A", "B", DAY, DAY),
                        absence(2, "B", "C", DAY, DAY),
                        absence(3, "C", "A", DAY, DAY)));
        assertRefused(() -> looped.actingFor("A"), ApprovalRefusedException.DELEGATION_LOOP);
        assertThat(looped.mayActFor("C", "A")).isFalse();

        List<Absence> existing = List.of(absence(1, "A", "B", DAY, DAY.plusDays(3)), absence(2, "B", "C", DAY, DAY));
        assertRefused(
                () -> Substitutes.checkNoLoop(absence(0, "C", "A", DAY, DAY), existing),
                ApprovalRefusedException.DELEGATION_LOOP);
        assertRefused(
                () -> Substitutes.checkNoLoop(absence(0, "A", "A", DAY, DAY), existing),
                ApprovalRefusedException.DELEGATION_LOOP);
        // not overlapping in time: no loop
        Substitutes.checkNoLoop(absence(0, "C", "A", DAY.plusDays(10), DAY.plusDays(11)), existing);
        Substitutes.checkNoLoop(absence(0, "C", "D", DAY, DAY), existing);
    }

    private static final Map<String, Rank> RANKS = Map.of(
            "staff",
            Rank.STAFF,
            "leader",
            Rank.TEAM_LEADER,
            "director",
            Rank.DIRECTOR,
            "deputy",
            Rank.DEPUTY_MAYOR,
            "mayor",
            Rank.MAYOR);

    private static List<ApprovalStep> line(LineEntry... entries) {
        return ApprovalCase.line("staff", List.of(entries));
    }

    @Test
    void delegatedApprovalEndsTheLineAtTheRuleRank() {
        List<ApprovalStep> line = line(
                LineEntry.review("leader"),
                LineEntry.review("director"),
                LineEntry.review("deputy"),
                LineEntry.approval("mayor"));
        DelegatedApproval.Applied applied = DelegatedApproval.apply(line, Rank.DIRECTOR, RANKS::get);
        assertThat(applied.endsAt().approver()).isEqualTo("director");
        assertThat(applied.steps())
                .extracting(ApprovalStep::state)
                .containsExactly(
                        StepState.WAITING, StepState.WAITING, StepState.WAITING, StepState.SKIPPED, StepState.SKIPPED);
        ApprovalCase submitted = new ApprovalCase(DocumentStatus.DRAFT, "staff", applied.steps(), null)
                .apply(ApprovalAction.SUBMIT, "staff", ApprovalCase.Deputies.NONE, java.time.Instant.EPOCH, null)
                .after();
        ApprovalCase done = submitted
                .apply(ApprovalAction.APPROVE, "leader", ApprovalCase.Deputies.NONE, java.time.Instant.EPOCH, null)
                .after()
                .apply(ApprovalAction.APPROVE, "director", ApprovalCase.Deputies.NONE, java.time.Instant.EPOCH, null)
                .after();
        assertThat(done.status()).isEqualTo(DocumentStatus.COMPLETED);
    }

    @Test
    void aLineWhoseFinalApproverRanksBelowTheFormsRankIsRefused() {
        List<ApprovalStep> toDirector = line(LineEntry.review("leader"), LineEntry.approval("director"));
        assertRefused(
                () -> DelegatedApproval.apply(toDirector, Rank.MAYOR, RANKS::get), "approval.refused.final-rank.mayor");
        assertRefused(
                () -> DelegatedApproval.apply(toDirector, Rank.DEPUTY_MAYOR, RANKS::get),
                "approval.refused.final-rank.deputy_mayor");
        // a higher rank earlier on the line does not make up for a lower final approver
        List<ApprovalStep> deputyThenLeader = line(LineEntry.review("deputy"), LineEntry.approval("leader"));
        assertRefused(
                () -> DelegatedApproval.apply(deputyThenLeader, Rank.DIRECTOR, RANKS::get),
                "approval.refused.final-rank.director");
        assertThat(DelegatedApproval.apply(toDirector, Rank.TEAM_LEADER, RANKS::get)
                        .endsAt()
                        .approver())
                .isEqualTo("leader");
    }

    @Test
    void delegatedApprovalLeavesLinesEndingAtTheRuleRank() {
        List<ApprovalStep> toDirector = line(LineEntry.review("leader"), LineEntry.approval("director"));
        assertThat(DelegatedApproval.apply(toDirector, Rank.DIRECTOR, RANKS::get)
                        .endsAt())
                .isNull();
        // nobody of the rule's rank before the final approver: the line stays
        List<ApprovalStep> noDirector = line(LineEntry.review("leader"), LineEntry.approval("mayor"));
        assertThat(DelegatedApproval.apply(noDirector, Rank.DIRECTOR, RANKS::get)
                        .endsAt())
                .isNull();
        // a higher rank than the rule also ends it; cooperation does not decide
        List<ApprovalStep> coop =
                line(LineEntry.review("leader"), LineEntry.cooperation("director", false), LineEntry.approval("mayor"));
        assertThat(DelegatedApproval.apply(coop, Rank.DIRECTOR, RANKS::get).endsAt())
                .isNull();
        List<ApprovalStep> higher = line(LineEntry.review("deputy"), LineEntry.approval("mayor"));
        assertThat(DelegatedApproval.apply(higher, Rank.DIRECTOR, RANKS::get)
                        .endsAt()
                        .approver())
                .isEqualTo("deputy");
    }

    @Test
    void documentNumbersCarryFormYearAndSerial() {
        DocumentNumber number = new DocumentNumber(FormType.DRAFT_PROPOSAL, 2026, 42);
        assertThat(number.toString()).isEqualTo("DP-2026-00042");
        assertThat(DocumentNumber.parse("DP-2026-00042")).isEqualTo(number);
        assertThat(new DocumentNumber(FormType.REPORT, 2026, 123456).toString()).isEqualTo("RP-2026-123456");
        assertThatThrownBy(() -> DocumentNumber.parse("XX-2026-00001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DocumentNumber.parse("DP-26-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DocumentNumber(FormType.REPORT, 2026, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
