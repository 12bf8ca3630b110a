package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** What someone does to a document; each is a transition of {@link ApprovalCase}. */
public enum ApprovalAction implements Labelled {
    /** 임시저장: the drafter edits an unsubmitted document. */
    EDIT,
    /** 상신 */
    SUBMIT,
    /** 승인 (with or without a comment) */
    APPROVE,
    /** 반려 to the drafter */
    REJECT_TO_DRAFTER,
    /** 반려 to the previous step */
    REJECT_TO_PREVIOUS,
    /** 보류 */
    HOLD,
    /** 보류 해제 */
    RELEASE,
    /** 회수 by the drafter before the next person acts */
    WITHDRAW,
    /** 재기안 after rejection, as a new version */
    REDRAFT;

    @Override
    public String labelKey() {
        return "approval.action." + name().toLowerCase(Locale.ROOT);
    }
}
