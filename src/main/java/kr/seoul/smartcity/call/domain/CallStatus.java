package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Where a call stands. Ringing and active calls are live; the others are over. */
public enum CallStatus implements Labelled {
    RINGING,
    ACTIVE,
    ENDED,
    /** Nobody answered in time. */
    MISSED,
    /** Everyone called declined. */
    DECLINED,
    /** The caller hung up before anyone answered. */
    CANCELLED;

    public boolean live() {
        return this == RINGING || this == ACTIVE;
    }

    @Override
    public String labelKey() {
        return "call.status." + name().toLowerCase();
    }
}
