package kr.seoul.smartcity.approval.domain;

/** Rank of an official who signs documents, lowest first. */
public enum Rank {
    STAFF,
    TEAM_LEADER,
    DIRECTOR,
    DEPUTY_MAYOR,
    MAYOR;

    public boolean atLeast(Rank other) {
        return compareTo(other) >= 0;
    }
}
