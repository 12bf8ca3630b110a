package kr.seoul.smartcity.approval.domain;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * 전결: a form type is finally approved at a given rank. When the line's final approver ranks above it, the line ends
 * at the first reviewer or approver of at least that rank, and the steps after are skipped. A line whose final
 * approver ranks below it is refused: a document is never finally approved by someone below its form's rank.
 */
public final class DelegatedApproval {

    /** The line after the rule, and the step it now ends at when 전결 applies. */
    public record Applied(
            List<ApprovalStep> steps, @Nullable ApprovalStep endsAt) {}

    private DelegatedApproval() {}

    /**
     * @throws ApprovalRefusedException ({@link #finalRankKey}) if the line's final approver ranks below the rule
     */
    public static Applied apply(List<ApprovalStep> steps, Rank ruleRank, Function<String, Rank> rankOf) {
        ApprovalStep last = steps.getLast();
        if (last.kind() == StepKind.DRAFT) {
            return new Applied(steps, null);
        }
        if (!rankOf.apply(last.approver()).atLeast(ruleRank)) {
            throw new ApprovalRefusedException(
                    finalRankKey(ruleRank), "the final approver " + last.approver() + " ranks below " + ruleRank);
        }
        if (rankOf.apply(last.approver()) == ruleRank) {
            return new Applied(steps, null);
        }
        ApprovalStep end = steps.stream()
                .filter(s -> s.kind() == StepKind.REVIEW || s.kind() == StepKind.APPROVAL)
                .filter(s -> rankOf.apply(s.approver()).atLeast(ruleRank))
                .findFirst()
                .orElse(last);
        if (end == last) {
            return new Applied(steps, null);
        }
        List<ApprovalStep> cut = steps.stream()
                .map(s -> s.seq() > end.seq()
                        ? new ApprovalStep(
                                s.position(), s.seq(), s.kind(), s.approver(), StepState.SKIPPED, null, null, null)
                        : s)
                .toList();
        return new Applied(cut, end);
    }

    /** Why a line is refused whose final approver ranks below {@code ruleRank}: one message per rank. */
    public static String finalRankKey(Rank ruleRank) {
        return "approval.refused.final-rank." + ruleRank.name().toLowerCase(java.util.Locale.ROOT);
    }
}
