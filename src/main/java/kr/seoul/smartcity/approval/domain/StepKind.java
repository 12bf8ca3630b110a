package kr.seoul.smartcity.approval.domain;

/** The part a person plays on an approval line (결재선). */
public enum StepKind {
    /** 기안 */
    DRAFT,
    /** 검토 */
    REVIEW,
    /** 협조/합의 */
    COOPERATION,
    /** 결재 */
    APPROVAL
}
