package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** A yearly value's life: a target only, a value a department entered, a value the index owner confirmed. */
public enum ValueState implements Labelled {
    PLANNED,
    ENTERED,
    CONFIRMED;

    @Override
    public String labelKey() {
        return "civic.state." + name();
    }
}
