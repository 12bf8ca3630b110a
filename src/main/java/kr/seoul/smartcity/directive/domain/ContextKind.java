package kr.seoul.smartcity.directive.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** What a directive was issued from. */
@NamedInterface("model")
public enum ContextKind implements Labelled {
    ALERT,
    INCIDENT,
    INDICATOR,
    DISTRICT,
    PROJECT,
    DOCUMENT,
    PROPOSAL,
    REPORT,
    /** Given by a spoken or typed command (지시: 도시교통실 …), from no screen in particular. */
    COMMAND;

    @Override
    public String labelKey() {
        return "directive.context." + name().toLowerCase();
    }
}
