package kr.seoul.smartcity.directive.service;

import java.util.ArrayList;
import java.util.List;

import kr.seoul.smartcity.approval.domain.AttachmentCheck;
import kr.seoul.smartcity.approval.domain.AttachmentType;
import kr.seoul.smartcity.directive.domain.NewAttachment;

/**
 * Checks uploaded files with e-approval's rules (PDF, HWP, HWPX, DOCX, XLSX, PNG, JPEG by name and first bytes, at
 * most 20 MB), so that directives and reports accept what documents accept.
 */
final class Attachments {

    static final int MAX_FILES = 10;

    private Attachments() {}

    /**
     * @throws kr.seoul.smartcity.approval.domain.InvalidAttachmentException with the reason for the first file refused
     * @throws InvalidDirectiveException when there are too many files
     */
    static List<NewAttachment> check(List<Upload> uploads) {
        if (uploads.size() > MAX_FILES) {
            throw new InvalidDirectiveException(List.of("directive.problem.too-many-files"));
        }
        List<NewAttachment> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            AttachmentType type = AttachmentCheck.check(upload.fileName(), upload.content());
            checked.add(new NewAttachment(
                    upload.fileName(), type.name(), AttachmentCheck.sha256(upload.content()), upload.content()));
        }
        return checked;
    }
}
