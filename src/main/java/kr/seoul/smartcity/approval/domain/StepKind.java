package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** The part a person plays on an approval line (결재선). */
public enum StepKind implements Labelled {
    /** 기안 */
    DRAFT,
    /** 검토 */
    REVIEW,
    /** 협조/합의 */
    COOPERATION,
    /** 결재 */
    APPROVAL;

    @Override
    public String labelKey() {
        return "approval.step." + name().toLowerCase(Locale.ROOT);
    }
}
