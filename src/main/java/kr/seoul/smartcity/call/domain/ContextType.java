package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** Where a call was started from. */
@NamedInterface("model")
public enum ContextType implements Labelled {
    DIRECTORY,
    ALERT,
    INCIDENT,
    PROJECT,
    ROOM;

    @Override
    public String labelKey() {
        return "call.context." + name().toLowerCase();
    }
}
