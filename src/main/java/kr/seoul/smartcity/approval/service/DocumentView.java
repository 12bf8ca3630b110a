package kr.seoul.smartcity.approval.service;

import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.AttachmentInfo;
import kr.seoul.smartcity.approval.domain.Recipient;

/**
 * A document as one user sees it: its line, current steps, recipients, attachments of this version, and the actions
 * this user may take now. Pass {@code document().revision()} back with an action.
 */
public record DocumentView(
        ApprovalDocument document,
        List<ApprovalStep> steps,
        List<ApprovalStep> current,
        List<Recipient> recipients,
        List<AttachmentInfo> attachments,
        Set<ApprovalAction> actions) {}
