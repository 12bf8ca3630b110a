package kr.seoul.smartcity.approval.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;

/**
 * A finally approved document (결재 완료) as other features keep it, for example the archive: its full text whatever
 * its disclosure class, so the receiver must honour {@code disclosure}.
 */
public record ApprovedDocument(
        long id,
        String number,
        String title,
        String body,
        String departmentCode,
        String drafter,
        Instant approvedAt,
        DisclosureLevel disclosure,
        List<String> keywords) {

    public ApprovedDocument {
        keywords = List.copyOf(keywords);
    }
}
