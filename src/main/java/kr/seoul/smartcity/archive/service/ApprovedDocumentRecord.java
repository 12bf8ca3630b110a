package kr.seoul.smartcity.archive.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.service.ApprovedDocument;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.directory.domain.Department;
import kr.seoul.smartcity.directory.service.DirectoryService;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How an approved document is kept in the archive: a public document (공문서) of its department, issued on the day of
 * its final approval, its keywords as tags, and its text as an HTML file. Its disclosure decides who finds it:
 * 공개 for everyone, 부분공개 for staff only (citizens get its particulars from the published documents list and the
 * body on request), 비공개 only for the owning department, the mayor and administrators.
 */
@Component
class ApprovedDocumentRecord {

    static final String TAG = "전자결재";
    private static final int SUMMARY = 300;

    private final DirectoryService directory;

    ApprovedDocumentRecord(DirectoryService directory) {
        this.directory = directory;
    }

    static String source(ApprovedDocument document) {
        return "approval:" + document.id();
    }

    ArchiveDraft draft(ApprovedDocument document) {
        List<String> tags = new ArrayList<>(document.keywords());
        tags.add(TAG);
        String producer = directory
                .findDepartment(document.departmentCode())
                .map(Department::nameKo)
                .orElse(document.departmentCode());
        return new ArchiveDraft(
                document.title(),
                ArchiveItemType.PUBLIC_DOCUMENT,
                document.departmentCode(),
                producer,
                document.approvedAt().atZone(Seoul.ZONE).toLocalDate(),
                tags.stream().distinct().limit(ArchiveDraft.MAX_TAGS).toList(),
                language(document),
                disclosure(document.disclosure()),
                List.of(),
                summary(document.body()));
    }

    NewFile file(ApprovedDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(language(document).code())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(document.title()))
                .append("</title></head><body>\n<h1>")
                .append(HtmlUtils.htmlEscape(document.title()))
                .append("</h1>\n<p>")
                .append(HtmlUtils.htmlEscape(document.number()))
                .append("</p>\n");
        for (String paragraph : document.body().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(HtmlUtils.htmlEscape(paragraph.strip()).replaceAll("\\R", "<br>"))
                        .append("</p>\n");
            }
        }
        html.append("</body></html>\n");
        String name = document.number().replaceAll("[^\\p{L}\\p{N}_-]+", "-") + ".html";
        return new NewFile(name, html.toString().getBytes(StandardCharsets.UTF_8));
    }

    static DisclosureClass disclosure(DisclosureLevel level) {
        return switch (level) {
            case PUBLIC -> DisclosureClass.PUBLIC;
            case PARTIAL -> DisclosureClass.INTERNAL;
            case PRIVATE -> DisclosureClass.RESTRICTED;
        };
    }

    private static ArchiveLanguage language(ApprovedDocument document) {
        return ArchiveLanguage.of(document.title() + document.body());
    }

    private static String summary(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= SUMMARY ? flat : flat.substring(0, SUMMARY - 1) + "…";
    }
}
