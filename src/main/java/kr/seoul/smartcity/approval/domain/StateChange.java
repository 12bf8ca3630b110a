package kr.seoul.smartcity.approval.domain;

import java.util.List;

/** What one action on the line decides: the document's next state, its whole line afterwards and the audit entry. */
public record StateChange(ApprovalDocument document, List<ApprovalStep> steps, AuditEntry audit) {

    public StateChange {
        steps = List.copyOf(steps);
    }
}
