package kr.seoul.smartcity.directive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/**
 * Where a directive stands. The department acknowledges it, works on it and reports it done; the mayor accepts the
 * result (closed) or sends it back, and the department works on again.
 */
public enum DirectiveStatus implements Labelled {
    ISSUED,
    ACKNOWLEDGED,
    IN_PROGRESS,
    REPORTED_DONE,
    ACCEPTED,
    SENT_BACK;

    /** Still with the department: not reported done and not accepted. */
    public boolean withDepartment() {
        return this == ISSUED || this == ACKNOWLEDGED || this == IN_PROGRESS || this == SENT_BACK;
    }

    public boolean closed() {
        return this == ACCEPTED;
    }

    @Override
    public String labelKey() {
        return "directive.status." + name().toLowerCase();
    }
}
