package kr.seoul.smartcity.approval.domain;

/**
 * One person on an approval line as the drafter composes it, after the drafter. A cooperation entry with
 * {@code parallel} acts at the same time as the cooperation entry before it.
 */
public record LineEntry(StepKind kind, String approver, boolean parallel) {

    public static LineEntry review(String approver) {
        return new LineEntry(StepKind.REVIEW, approver, false);
    }

    public static LineEntry cooperation(String approver, boolean parallel) {
        return new LineEntry(StepKind.COOPERATION, approver, parallel);
    }

    public static LineEntry approval(String approver) {
        return new LineEntry(StepKind.APPROVAL, approver, false);
    }
}
