package kr.seoul.smartcity.approval.service;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** A user's document boxes (결재함). */
public enum Box implements Labelled {
    /** 미결: the user, or someone they substitute for today, is the current approver. */
    TO_APPROVE,
    /** 진행: drafted or already approved by the user, not finished. */
    IN_PROGRESS,
    /** 완결: finished documents the user drafted or signed. */
    COMPLETED,
    /** 반려: drafted by the user and rejected. */
    REJECTED,
    /** 참조/공람 */
    REFERENCE,
    /** 임시저장: not submitted. */
    DRAFTS;

    @Override
    public String labelKey() {
        return "approval.box." + name().toLowerCase(Locale.ROOT);
    }
}
