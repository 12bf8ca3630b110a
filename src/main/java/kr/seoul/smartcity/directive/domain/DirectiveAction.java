package kr.seoul.smartcity.directive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** One step in a directive's history. */
public enum DirectiveAction implements Labelled {
    ISSUED,
    ACKNOWLEDGED,
    ASSIGNED,
    PROGRESS,
    REPORTED_DONE,
    ACCEPTED,
    SENT_BACK,
    REMINDED,
    PUBLISHED,
    UNPUBLISHED;

    @Override
    public String labelKey() {
        return "directive.action." + name().toLowerCase();
    }
}
