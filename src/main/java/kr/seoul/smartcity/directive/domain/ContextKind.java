package kr.seoul.smartcity.directive.domain;

import org.springframework.modulith.NamedInterface;


/** What a directive was issued from. */
@NamedInterface("model")
public enum ContextKind {
    ALERT, INCIDENT, INDICATOR, DISTRICT, PROJECT, DOCUMENT, PROPOSAL, REPORT,
    /** Given by a spoken or typed command (지시: 도시교통실 …), from no screen in particular. */
    COMMAND;

    public String labelKey() {
        return "directive.context." + name().toLowerCase();
    }
}
