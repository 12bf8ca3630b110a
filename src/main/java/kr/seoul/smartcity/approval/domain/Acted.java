package kr.seoul.smartcity.approval.domain;

import java.util.List;

/**
 * A document as an action left it, with what its reader sees beside it: the line, the recipients and the current
 * version's attachments.
 */
public record Acted(
        ApprovalDocument document,
        List<ApprovalStep> steps,
        List<Recipient> recipients,
        List<AttachmentInfo> attachments) {

    public Acted {
        steps = List.copyOf(steps);
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }
}
