package kr.seoul.smartcity.approval.domain;

import java.util.List;

/** A document with the steps of its current version's line, read together. */
public record DocumentWithLine(ApprovalDocument document, List<ApprovalStep> steps) {

    public DocumentWithLine {
        steps = List.copyOf(steps);
    }
}
