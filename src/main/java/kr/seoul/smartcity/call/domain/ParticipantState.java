package kr.seoul.smartcity.call.domain;

/** Where one person stands in a call. */
public enum ParticipantState {
    INVITED,
    JOINED,
    LEFT,
    DECLINED,
    MISSED;

    public String labelKey() {
        return "call.participant." + name().toLowerCase();
    }
}
