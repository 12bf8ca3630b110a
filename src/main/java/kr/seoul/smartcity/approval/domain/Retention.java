package kr.seoul.smartcity.approval.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** 보존기간 */
public enum Retention implements Labelled {
    YEARS_1,
    YEARS_3,
    YEARS_5,
    YEARS_10,
    YEARS_30,
    PERMANENT;

    @Override
    public String labelKey() {
        return "approval.retention." + name().toLowerCase(Locale.ROOT);
    }
}
