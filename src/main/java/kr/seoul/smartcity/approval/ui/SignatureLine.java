package kr.seoul.smartcity.approval.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import kr.seoul.smartcity.approval.domain.ApprovalDocument;
import kr.seoul.smartcity.approval.domain.ApprovalStep;
import kr.seoul.smartcity.approval.domain.StepState;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.directory.service.DirectoryService;

/** The approval line as signature boxes: kind, who signed (대결 named), state, when, 전결 mark and comment. */
class SignatureLine extends Div {

    SignatureLine(DocumentView shown, DirectoryService directory) {
        addClassName("approval-line");
        setId("approval-line");
        for (ApprovalStep step : shown.steps()) {
            Div box = new Div();
            box.addClassNames("signature", "signature-" + step.state().name().toLowerCase());
            if (shown.current().contains(step)) {
                box.addClassName("signature-current");
            }
            Span kind = new Span(getTranslation(step.kind().labelKey()));
            kind.addClassName("signature-kind");
            Span who = new Span(
                    step.byDeputy()
                            ? getTranslation(
                                    "approval.deputy",
                                    ApprovalUi.person(directory, step.actedBy()),
                                    ApprovalUi.person(directory, step.approver()))
                            : ApprovalUi.person(directory, step.approver()));
            who.addClassName("signature-who");
            Span state = new Span(getTranslation(step.state().labelKey()));
            state.addClassName("signature-state");
            box.add(kind, who, state);
            if (step.actedAt() != null) {
                Span when = new Span(ApprovalUi.time(step.actedAt(), getLocale()));
                when.addClassName("signature-when");
                box.add(when);
            }
            ApprovalDocument doc = shown.document();
            if (step.state() == StepState.APPROVED
                    && doc.delegatedApprover() != null
                    && doc.delegatedApprover().equals(step.approver())) {
                Span mark = new Span(getTranslation("approval.mark.delegated"));
                mark.addClassName("signature-mark");
                box.add(mark);
            }
            if (step.comment() != null && !step.comment().isBlank()) {
                Span comment = new Span(step.comment());
                comment.addClassName("signature-comment");
                box.add(comment);
            }
            add(box);
        }
    }
}
