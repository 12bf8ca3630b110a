package kr.seoul.smartcity.approval.domain;

/** 보존기간 */
public enum Retention {
    YEARS_1, YEARS_3, YEARS_5, YEARS_10, YEARS_30, PERMANENT
}
