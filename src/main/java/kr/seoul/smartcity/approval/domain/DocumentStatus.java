package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** Where a document is in its approval. */
public enum DocumentStatus implements Labelled {
    /** 임시저장: not submitted, or withdrawn, or redrafted after rejection. */
    DRAFT,
    /** 진행: on its approval line. */
    IN_PROGRESS,
    /** 보류: held by the current approver. */
    ON_HOLD,
    /** 완결: finally approved. */
    COMPLETED,
    /** 반려: returned to the drafter. */
    REJECTED;

    @Override
    public String labelKey() {
        return "approval.status." + name().toLowerCase(Locale.ROOT);
    }
}
