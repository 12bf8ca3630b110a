package kr.seoul.smartcity.call.domain;

import org.springframework.modulith.NamedInterface;


/** Where a call was started from. */
@NamedInterface("model")
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
