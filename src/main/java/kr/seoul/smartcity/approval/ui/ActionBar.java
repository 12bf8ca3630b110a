package kr.seoul.smartcity.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import kr.seoul.smartcity.approval.domain.ApprovalAction;
import kr.seoul.smartcity.approval.domain.ApprovalRefusedException;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentView;

/** The actions the service allows this user now, each naming the revision the page showed, with their dialogs. */
class ActionBar extends Div {

    private final ApprovalService approval;
    private final String username;
    private final long documentId;
    private final Runnable refresh;

    ActionBar(ApprovalService approval, String username, DocumentView shown, Runnable refresh) {
        this.approval = approval;
        this.username = username;
        this.documentId = shown.document().id();
        this.refresh = refresh;
        addClassName("approval-actions");
        long revision = shown.document().revision();
        for (ApprovalAction action : shown.actions()) {
            Button button = switch (action) {
                case APPROVE -> button(action, () -> approveDialog(revision));
                case REJECT_TO_DRAFTER, REJECT_TO_PREVIOUS -> button(action, () -> rejectDialog(revision, action));
                case HOLD ->
                    button(
                            action,
                            () -> run(() -> approval.hold(actor(), documentId, revision, null), "approval.done.hold"));
                case RELEASE ->
                    button(
                            action,
                            () -> run(() -> approval.release(actor(), documentId, revision), "approval.done.release"));
                case WITHDRAW ->
                    button(
                            action,
                            () -> run(
                                    () -> approval.withdraw(actor(), documentId, revision), "approval.done.withdraw"));
                case REDRAFT, EDIT ->
                    button(action, () -> getUI().ifPresent(ui -> ui.navigate("approval/draft/" + documentId)));
                case SUBMIT ->
                    button(
                            action,
                            () -> run(() -> approval.submit(actor(), documentId, revision), "approval.done.submit"));
            };
            if (action == ApprovalAction.APPROVE) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            add(button);
        }
    }

    private Button button(ApprovalAction action, Runnable onClick) {
        Button button = new Button(getTranslation(action.labelKey()), click -> onClick.run());
        button.setId("action-" + action.name().toLowerCase().replace('_', '-'));
        return button;
    }

    private void approveDialog(long revision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("approval.action.approve"));
        TextArea comment = new TextArea(getTranslation("approval.comment"));
        comment.addClassName("approval-comment");
        comment.setWidthFull();
        Button confirm = new Button(getTranslation("approval.action.approve"), click -> {
            dialog.close();
            run(
                    () -> approval.approve(actor(), documentId, revision, blankToNull(comment.getValue())),
                    "approval.done.approve");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("approve-confirm");
        Button cancel = new Button(getTranslation("approval.cancel"), click -> dialog.close());
        dialog.add(comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void rejectDialog(long revision, ApprovalAction action) {
        boolean toPrevious = action == ApprovalAction.REJECT_TO_PREVIOUS;
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(action.labelKey()));
        TextArea comment = new TextArea(getTranslation("approval.comment"));
        comment.addClassName("approval-comment");
        comment.setWidthFull();
        Button confirm = new Button(getTranslation(action.labelKey()), click -> {
            dialog.close();
            run(
                    () -> approval.reject(actor(), documentId, revision, toPrevious, blankToNull(comment.getValue())),
                    "approval.done.reject");
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.addClassName("reject-confirm");
        Button cancel = new Button(getTranslation("approval.cancel"), click -> dialog.close());
        dialog.add(comment);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            ApprovalUi.success(this, doneKey);
        } catch (ApprovalRefusedException e) {
            ApprovalUi.error(this, e.messageKey());
        }
        refresh.run();
    }

    private kr.seoul.smartcity.approval.service.Actor actor() {
        return ApprovalUi.actor(username);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
