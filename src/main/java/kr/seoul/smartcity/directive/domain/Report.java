package kr.seoul.smartcity.directive.domain;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A department's report (보고) to the mayor, in place of a paper status report: a text in sections, perhaps linked
 * to an indicator or a project, with attached files.
 */
@NamedInterface("model")
public record Report(
        long id,
        String title,
        String body,
        String departmentCode,
        String submittedBy,
        String submittedName,
        Instant submittedAt,
        @Nullable String indicatorCode,
        @Nullable String projectCode,
        DisclosureClass disclosure,
        @Nullable Instant readAt,
        List<AttachmentInfo> attachments)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }

    /** The report as pages to present: a title page, then one page per section. */
    public List<ReportPage> pages() {
        return ReportPage.split(title, body);
    }
}
