package kr.seoul.smartcity.approval.api;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.PublishedDocument;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 원문공개: finally approved documents open to citizens, without signing in. PARTIAL documents appear with their
 * particulars only; PRIVATE ones never.
 */
@RestController
@RequestMapping("/api/public/documents")
class PublicDocumentController {

    private final ApprovalService approval;

    PublicDocumentController(ApprovalService approval) {
        this.approval = approval;
    }

    record DocumentSummary(String number, String title, String department, Instant approvedAt, String disclosure) {}

    @GetMapping
    List<DocumentSummary> documents(@RequestParam(defaultValue = "100") int limit) {
        return approval.published(Math.clamp(limit, 1, 500)).stream()
                .map(PublicDocumentController::summary)
                .toList();
    }

    private static DocumentSummary summary(PublishedDocument doc) {
        return new DocumentSummary(
                doc.number(),
                doc.title(),
                doc.departmentCode(),
                doc.approvedAt(),
                doc.disclosure().name());
    }
}
