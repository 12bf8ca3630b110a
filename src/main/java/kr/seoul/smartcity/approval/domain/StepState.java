package kr.seoul.smartcity.approval.domain;

public enum StepState {
    /** Not acted on yet. */
    WAITING,
    APPROVED,
    /** This step returned the document. */
    REJECTED,
    /** Left out: the line ended earlier by 전결. */
    SKIPPED
}
