package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

public enum StepState implements Labelled {
    /** Not acted on yet. */
    WAITING,
    APPROVED,
    /** This step returned the document. */
    REJECTED,
    /** Left out: the line ended earlier by 전결. */
    SKIPPED;

    @Override
    public String labelKey() {
        return "approval.step-state." + name().toLowerCase(Locale.ROOT);
    }
}
