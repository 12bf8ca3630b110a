package kr.seoul.smartcity.approval.domain;

/** Where a document is in its approval. */
public enum DocumentStatus {
    /** 임시저장: not submitted, or withdrawn, or redrafted after rejection. */
    DRAFT,
    /** 진행: on its approval line. */
    IN_PROGRESS,
    /** 보류: held by the current approver. */
    ON_HOLD,
    /** 완결: finally approved. */
    COMPLETED,
    /** 반려: returned to the drafter. */
    REJECTED
}
