package kr.seoul.smartcity.citystatus.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** What happened to an indicator of the catalogue. */
public enum ChangeKind implements Labelled {
    CREATED,
    UPDATED,
    RETIRED,
    DISCLOSURE_REQUESTED,
    DISCLOSURE_APPROVED,
    DISCLOSURE_REJECTED;

    @Override
    public String labelKey() {
        return "catalogue.change." + name().toLowerCase();
    }
}
