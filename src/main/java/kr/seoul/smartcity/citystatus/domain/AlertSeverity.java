package kr.seoul.smartcity.citystatus.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

public enum AlertSeverity implements Labelled {
    WARNING,
    CRITICAL;

    @Override
    public String labelKey() {
        return "rules.severity." + name().toLowerCase(Locale.ROOT);
    }
}
