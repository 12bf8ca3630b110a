package kr.seoul.smartcity.citystatus.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;

/** Which side of its threshold a rule fires on. */
public enum Comparison implements Labelled {
    ABOVE,
    BELOW;

    public boolean breached(double value, double threshold) {
        return this == ABOVE ? value > threshold : value < threshold;
    }

    @Override
    public String labelKey() {
        return "rules.comparison." + name().toLowerCase(Locale.ROOT);
    }
}
