package kr.seoul.smartcity.notice.service;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.notice.domain.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A notice as its author writes it, before it is posted; {@code indicatorCode} and {@code districtCode} say what it is
 * about, when it is about one indicator (and district), to mark it on that indicator's charts.
 */
public record NoticeDraft(
        String title,
        String body,
        Severity severity,
        DisclosureClass disclosure,
        @Nullable String owningDepartment,
        @Nullable String indicatorCode,
        @Nullable String districtCode) {

    /** A notice about nothing in particular. */
    public NoticeDraft(
            String title,
            String body,
            Severity severity,
            DisclosureClass disclosure,
            @Nullable String owningDepartment) {
        this(title, body, severity, disclosure, owningDepartment, null, null);
    }

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 2000;
}
