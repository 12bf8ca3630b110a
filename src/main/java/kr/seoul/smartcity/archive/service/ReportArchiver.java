package kr.seoul.smartcity.archive.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directive.domain.Report;
import kr.seoul.smartcity.directive.domain.ReportPage;
import kr.seoul.smartcity.directive.service.ReportService;
import kr.seoul.smartcity.directive.service.ReportSubmitted;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps every department's report (보고) in the archive, so that staff search reports together with the archive
 * (and summarise them there): a report is archived when it is submitted, and on start the archive catches up with
 * reports submitted while no instance was listening. Reports keep their disclosure (INTERNAL: staff only). The text is
 * archived as an HTML file, a section per page; attached files stay with the report.
 */
@Component
class ReportArchiver implements SmartLifecycle {

    static final String TAG = "업무보고";
    private static final Logger log = LoggerFactory.getLogger(ReportArchiver.class);
    private static final int PAGE = 100;
    private static final int SUMMARY = 300;
    private static final List<Duration> RETRIES = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10));

    private final LiveEventBus events;
    private final ReportService reports;
    private final ArchiveService archive;
    private final DirectoryService directory;
    private ScheduledExecutorService worker;
    private LiveEventBus.Subscription subscription;

    ReportArchiver(LiveEventBus events, ReportService reports, ArchiveService archive, DirectoryService directory) {
        this.events = events;
        this.reports = reports;
        this.archive = archive;
        this.directory = directory;
    }

    static String source(long reportId) {
        return "report:" + reportId;
    }

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("report-archiver").daemon().factory());
        subscription = events.subscribe(ReportSubmitted.TOPIC,
                submitted -> worker.execute(() -> archive(submitted.reportId(), 0)));
        worker.execute(this::catchUp);
    }

    @Override
    public synchronized void stop() {
        if (subscription != null) {
            subscription.close();
        }
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Archives every report not archived yet; returns how many were added. */
    int catchUp() {
        int added = 0;
        long after = 0;
        try {
            List<Report> page;
            do {
                page = reports.reportsAfter(after, PAGE);
                for (Report report : page) {
                    added += store(report) ? 1 : 0;
                    after = report.id();
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            log.error("Catching up with reports stopped after report {}; the rest follows on the next start", after, e);
        }
        if (added > 0) {
            log.info("Archived {} reports that were not in the archive yet", added);
        }
        return added;
    }

    private void archive(long reportId, int attempt) {
        try {
            reports.reportForArchive(reportId).ifPresent(this::store);
        } catch (RuntimeException e) {
            if (attempt < RETRIES.size()) {
                Duration wait = RETRIES.get(attempt);
                log.warn("Report {} could not be archived; trying again in {}", reportId, wait, e);
                worker.schedule(() -> archive(reportId, attempt + 1), wait.toSeconds(), TimeUnit.SECONDS);
            } else {
                log.error("Report {} could not be archived after {} attempts; it is archived on the next start",
                        reportId, attempt + 1, e);
            }
        }
    }

    private boolean store(Report report) {
        String source = source(report.id());
        if (archive.isArchived(source)) {
            return false;
        }
        String producer = directory.findDepartment(report.departmentCode()).map(Department::nameKo)
                .orElse(report.departmentCode());
        String flat = report.body().strip().replaceAll("\\s+", " ");
        ArchiveDraft draft = new ArchiveDraft(report.title(), ArchiveItemType.RESEARCH_REPORT,
                report.departmentCode(), producer, report.submittedAt().atZone(Seoul.ZONE).toLocalDate(),
                List.of(TAG), ApprovedDocumentRecord.languageOf(report.title() + report.body()), report.disclosure(),
                List.of(), flat.length() <= SUMMARY ? flat : flat.substring(0, SUMMARY - 1) + "…");
        return archive.addFromSource(source, draft, List.of(file(report)), report.submittedBy()).isPresent();
    }

    private static NewFile file(Report report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(report.title())).append("</title></head><body>\n");
        for (ReportPage page : report.pages()) {
            html.append("<h2>").append(HtmlUtils.htmlEscape(page.heading())).append("</h2>\n");
            for (String paragraph : page.text().split("\\R\\s*\\R")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\R", "<br>"))
                            .append("</p>\n");
                }
            }
        }
        html.append("</body></html>\n");
        return new NewFile("report-" + report.id() + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
    }
}
