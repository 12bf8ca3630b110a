package kr.seoul.smartcity.citystatus.domain;

/** What happened to an indicator of the catalogue. */
public enum ChangeKind {
    CREATED, UPDATED, RETIRED, DISCLOSURE_REQUESTED, DISCLOSURE_APPROVED, DISCLOSURE_REJECTED;

    public String labelKey() {
        return "catalogue.change." + name().toLowerCase();
    }
}
