package kr.seoul.smartcity.notice.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** How urgent a notice is; the screens colour it accordingly. */
public enum Severity implements Labelled {
    INFO,
    WARNING,
    CRITICAL;

    @Override
    public String labelKey() {
        return "severity." + name().toLowerCase();
    }
}
