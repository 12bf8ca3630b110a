package kr.seoul.smartcity.approval.domain;

import java.time.LocalDate;

/** An approver's absence, with the substitute who acts for them meanwhile (대결), both dates included. */
public record Absence(long id, String approver, String substitute, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(Absence other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }
}
