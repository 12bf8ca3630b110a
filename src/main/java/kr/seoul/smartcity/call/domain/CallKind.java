package kr.seoul.smartcity.call.domain;

/** Whether a call carries cameras or voice only. */
public enum CallKind {
    VIDEO,
    VOICE;

    public String labelKey() {
        return "call.kind." + name().toLowerCase();
    }
}
