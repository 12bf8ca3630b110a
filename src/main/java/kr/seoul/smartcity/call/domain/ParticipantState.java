package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Where one person stands in a call. */
public enum ParticipantState implements Labelled {
    INVITED,
    JOINED,
    LEFT,
    DECLINED,
    MISSED;

    @Override
    public String labelKey() {
        return "call.participant." + name().toLowerCase();
    }
}
