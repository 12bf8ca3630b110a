package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Whether a call carries cameras or voice only. */
public enum CallKind implements Labelled {
    VIDEO,
    VOICE;

    @Override
    public String labelKey() {
        return "call.kind." + name().toLowerCase();
    }
}
