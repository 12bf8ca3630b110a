package kr.seoul.smartcity.archive.service;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import kr.seoul.smartcity.approval.service.ApprovalChanged;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.ApprovedDocument;
import kr.seoul.smartcity.base.events.LiveEventBus;
import org.springframework.stereotype.Component;

/**
 * Keeps every finally approved document (결재 완료) in the archive, so that staff search reports and approval
 * documents together and citizens find the public ones: archives a document when its approval completes, and on start
 * catches up with documents approved while no instance was listening. Works on its own thread, never on the
 * approver's. Every instance hears every approval; the archive keeps one copy per document.
 */
@Component
class ApprovedDocumentArchiver extends SourceArchiver<ApprovedDocument> {

    private final LiveEventBus events;
    private final ApprovalService approval;
    private final ArchiveService archive;
    private final ApprovedDocumentRecord record;

    ApprovedDocumentArchiver(
            LiveEventBus events, ApprovalService approval, ArchiveService archive, ApprovedDocumentRecord record) {
        super("approved document");
        this.events = events;
        this.approval = approval;
        this.archive = archive;
        this.record = record;
    }

    @Override
    LiveEventBus.Subscription listen(LongConsumer archive) {
        return events.subscribe(ApprovalChanged.TOPIC, changed -> archive.accept(changed.documentId()));
    }

    @Override
    Optional<ApprovedDocument> find(long id) {
        return approval.approvedDocument(id);
    }

    @Override
    List<ApprovedDocument> after(long after, int size) {
        return approval.approvedAfter(after, size);
    }

    @Override
    long id(ApprovedDocument document) {
        return document.id();
    }

    @Override
    boolean store(ApprovedDocument document) {
        String source = ApprovedDocumentRecord.source(document);
        if (archive.isArchived(source)) {
            return false;
        }
        return archive.addFromSource(source, record.draft(document), List.of(record.file(document)), document.drafter())
                .isPresent();
    }
}
