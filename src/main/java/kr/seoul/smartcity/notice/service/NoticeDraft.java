package kr.seoul.smartcity.notice.service;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.notice.domain.Severity;
import org.jspecify.annotations.Nullable;

/** A notice as its author writes it, before it is posted. */
public record NoticeDraft(String title, String body, Severity severity, DisclosureClass disclosure,
                          @Nullable String owningDepartment) {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 2000;
}
