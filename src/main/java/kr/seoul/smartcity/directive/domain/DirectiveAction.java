package kr.seoul.smartcity.directive.domain;

/** One step in a directive's history. */
public enum DirectiveAction {
    ISSUED, ACKNOWLEDGED, ASSIGNED, PROGRESS, REPORTED_DONE, ACCEPTED, SENT_BACK, REMINDED, PUBLISHED, UNPUBLISHED;

    public String labelKey() {
        return "directive.action." + name().toLowerCase();
    }
}
