package kr.seoul.smartcity.directive.domain;

/** What a directive was issued from. */
public enum ContextKind {
    ALERT, INCIDENT, INDICATOR, DISTRICT, PROJECT, DOCUMENT, PROPOSAL, REPORT;

    public String labelKey() {
        return "directive.context." + name().toLowerCase();
    }
}
