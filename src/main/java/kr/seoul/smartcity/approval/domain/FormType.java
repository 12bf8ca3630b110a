package kr.seoul.smartcity.approval.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Form of a document; the abbreviation starts its document number. */
public enum FormType implements Labelled {
    /** 기안문 */
    DRAFT_PROPOSAL("DP"),
    /** 보고서 */
    REPORT("RP"),
    /** 시행문 */
    OFFICIAL_LETTER("OL"),
    /** 협조문 */
    COOPERATION_MEMO("CM"),
    /** 출장 신청 */
    BUSINESS_TRIP("BT");

    private final String abbreviation;

    FormType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }

    @Override
    public String labelKey() {
        return "approval.form." + name().toLowerCase();
    }
}
