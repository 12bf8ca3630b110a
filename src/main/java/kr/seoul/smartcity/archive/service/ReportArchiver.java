package kr.seoul.smartcity.archive.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.domain.ReportPage;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directive.service.ReportSubmitted;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps every department's report (보고) in the archive, so that staff search reports together with the archive
 * (and summarise them there): a report is archived when it is submitted, and on start the archive catches up with
 * reports submitted while no instance was listening. Reports keep their disclosure (INTERNAL: staff only). The text is
 * archived as an HTML file, a section per page; attached files stay with the report.
 */
@Component
class ReportArchiver extends SourceArchiver<Report> {

    static final String TAG = "업무보고";
    private static final int SUMMARY = 300;

    private final LiveEventBus events;
    private final ReportService reports;
    private final ArchiveService archive;
    private final DirectoryService directory;

    ReportArchiver(LiveEventBus events, ReportService reports, ArchiveService archive, DirectoryService directory) {
        super("report");
        this.events = events;
        this.reports = reports;
        this.archive = archive;
        this.directory = directory;
    }

    static String source(long reportId) {
        return "report:" + reportId;
    }

    @Override
    LiveEventBus.Subscription listen(LongConsumer archive) {
        return events.subscribe(ReportSubmitted.TOPIC, submitted -> archive.accept(submitted.reportId()));
    }

    @Override
    Optional<Report> find(long id) {
        return reports.reportForArchive(id);
    }

    @Override
    List<Report> after(long after, int size) {
        return reports.reportsAfter(after, size);
    }

    @Override
    long id(Report report) {
        return report.id();
    }

    @Override
    boolean store(Report report) {
        String source = source(report.id());
        if (archive.isArchived(source)) {
            return false;
        }
        String producer = directory
                .findDepartment(report.departmentCode())
                .map(Department::nameKo)
                .orElse(report.departmentCode());
        String flat = report.body().strip().replaceAll("\\s+", " ");
        ArchiveDraft draft = new ArchiveDraft(
                report.title(),
                ArchiveItemType.RESEARCH_REPORT,
                report.departmentCode(),
                producer,
                report.submittedAt().atZone(Seoul.ZONE).toLocalDate(),
                List.of(TAG),
                ArchiveLanguage.of(report.title() + report.body()),
                report.disclosure(),
                List.of(),
                flat.length() <= SUMMARY ? flat : flat.substring(0, SUMMARY - 1) + "…");
        return archive.addFromSource(source, draft, List.of(file(report)), report.submittedBy())
                .isPresent();
    }

    private static NewFile file(Report report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(report.title()))
                .append("</title></head><body>\n");
        for (ReportPage page : report.pages()) {
            html.append("<h2>").append(HtmlUtils.htmlEscape(page.heading())).append("</h2>\n");
            for (String paragraph : page.text().split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>")
                            .append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\R", "<br>"))
                            .append("</p>\n");
                }
            }
        }
        html.append("</body></html>\n");
        return new NewFile("report-" + report.id() + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
    }
}
