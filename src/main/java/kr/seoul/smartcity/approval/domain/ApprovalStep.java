package kr.seoul.smartcity.approval.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a document's approval line. Steps with the same {@code seq} act in parallel; {@code actedBy} differs
 * from {@code approver} when a substitute acted (대결).
 */
public record ApprovalStep(
        int position,
        int seq,
        StepKind kind,
        String approver,
        StepState state,
        @Nullable String actedBy,
        @Nullable Instant actedAt,
        @Nullable String comment) {

    public ApprovalStep waiting() {
        return new ApprovalStep(position, seq, kind, approver, StepState.WAITING, null, null, null);
    }

    public ApprovalStep acted(StepState newState, String by, Instant at, @Nullable String note) {
        return new ApprovalStep(position, seq, kind, approver, newState, by, at, note);
    }

    public boolean byDeputy() {
        return actedBy != null && !actedBy.equals(approver);
    }

    /** How the signature reads: the approver, or "대결 C (for A)" when a substitute acted. */
    public String signature() {
        return byDeputy() ? "대결 " + actedBy + " (for " + approver + ")" : approver;
    }
}
