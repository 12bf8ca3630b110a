package kr.seoul.smartcity.directive.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** How urgent a directive is; the board lists urgent ones first. */
public enum Priority implements Labelled {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    @Override
    public String labelKey() {
        return "directive.priority." + name().toLowerCase();
    }
}
