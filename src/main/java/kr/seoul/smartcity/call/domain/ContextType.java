package kr.seoul.smartcity.call.domain;

/** Where a call was started from. */
public enum ContextType {
    DIRECTORY,
    ALERT,
    INCIDENT,
    PROJECT,
    ROOM;

    public String labelKey() {
        return "call.context." + name().toLowerCase();
    }
}
