package kr.seoul.smartcity.civic.domain;

/** The policy themes civic-affairs indices are grouped by (미래·안전·복지·균형·민주·소통 서울). */
public enum CivicTheme {
    FUTURE, SAFE, WELFARE, BALANCED, DEMOCRACY, OUTREACH
}
