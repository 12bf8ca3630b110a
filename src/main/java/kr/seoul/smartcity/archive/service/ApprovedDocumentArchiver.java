package kr.seoul.smartcity.archive.service;

import java.util.List;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import kr.seoul.smartcity.approval.service.ApprovalChanged;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovedDocument;
import kr.seoul.smartcity.base.events.LiveEventBus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps every finally approved document (결재 완료) in the archive, so that staff search reports and approval
 * documents together and citizens find the public ones: archives a document when its approval completes, and on start
 * catches up with documents approved while no instance was listening. Works on its own thread, never on the
 * approver's. Every instance hears every approval; the archive keeps one copy per document.
 */
@Component
class ApprovedDocumentArchiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ApprovedDocumentArchiver.class);
    private static final int PAGE = 100;
    private static final List<Duration> RETRIES = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10));

    private final LiveEventBus events;
    private final ApprovalService approval;
    private final ArchiveService archive;
    private final ApprovedDocumentRecord record;
    private ScheduledExecutorService worker;
    private LiveEventBus.Subscription subscription;

    ApprovedDocumentArchiver(LiveEventBus events, ApprovalService approval, ArchiveService archive,
                             ApprovedDocumentRecord record) {
        this.events = events;
        this.approval = approval;
        this.archive = archive;
        this.record = record;
    }

    @Override
    public synchronized void start() {
        worker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("approval-archiver").daemon().factory());
        subscription = events.subscribe(ApprovalChanged.TOPIC,
                changed -> worker.execute(() -> archiveIfApproved(changed.documentId(), 0)));
        worker.execute(this::catchUp);
    }

    @Override
    public synchronized void stop() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                log.debug("Closing the approval subscription failed", e);
            }
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

    /** Archives every approved document not archived yet; returns how many were added. */
    int catchUp() {
        int added = 0;
        long after = 0;
        try {
            List<ApprovedDocument> page;
            do {
                page = approval.approvedAfter(after, PAGE);
                for (ApprovedDocument document : page) {
                    added += store(document) ? 1 : 0;
                    after = document.id();
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            log.error("Catching up with approved documents stopped after document {}; the rest follows on the next start",
                    after, e);
        }
        if (added > 0) {
            log.info("Archived {} approved documents that were not in the archive yet", added);
        }
        return added;
    }

    private void archiveIfApproved(long documentId, int attempt) {
        try {
            approval.approvedDocument(documentId).ifPresent(this::store);
        } catch (RuntimeException e) {
            if (attempt < RETRIES.size()) {
                Duration wait = RETRIES.get(attempt);
                log.warn("Approved document {} could not be archived; trying again in {}", documentId, wait, e);
                worker.schedule(() -> archiveIfApproved(documentId, attempt + 1), wait.toSeconds(), TimeUnit.SECONDS);
            } else {
                log.error("Approved document {} could not be archived after {} attempts; it is archived on the next "
                        + "start", documentId, attempt + 1, e);
            }
        }
    }

    private boolean store(ApprovedDocument document) {
        String source = ApprovedDocumentRecord.source(document);
        if (archive.isArchived(source)) {
            return false;
        }
        return archive.addFromSource(source, record.draft(document), List.of(record.file(document)),
                document.drafter()).isPresent();
    }
}
