package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** The policy themes civic-affairs indices are grouped by (미래·안전·복지·균형·민주·소통 서울). */
public enum CivicTheme implements Labelled {
    FUTURE,
    SAFE,
    WELFARE,
    BALANCED,
    DEMOCRACY,
    OUTREACH;

    @Override
    public String labelKey() {
        return "civic.theme." + name();
    }
}
