package kr.seoul.smartcity.directive.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.base.ui.DocumentPanelContributor;
import kr.seoul.smartcity.directive.domain.ContextKind;
import kr.seoul.smartcity.directive.domain.DirectiveContext;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * "지시하기" on an approval document's page, through the page's panel contributors: e-approval need not know
 * directives (they depend on it for its attachment rules).
 */
@org.springframework.stereotype.Component
class DirectiveDocumentPanel implements DocumentPanelContributor {

    private final DirectiveButton directiveButton;
    private final ApprovalService approval;
    private final CurrentUser currentUser;

    DirectiveDocumentPanel(DirectiveButton directiveButton, ApprovalService approval, CurrentUser currentUser) {
        this.directiveButton = directiveButton;
        this.approval = approval;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> documentPanel(String source, long id) {
        if (!"approval".equals(source)) {
            return Optional.empty();
        }
        return currentUser
                .get()
                .flatMap(user -> approval.find(user.getUsername(), id))
                .flatMap(view -> directiveButton.forContext(
                        DirectiveContext.of(
                                ContextKind.DOCUMENT, id, view.document().title(), "approval/document/" + id),
                        List.of(view.document().departmentCode())))
                .map(button -> {
                    Div panel = new Div(button);
                    panel.addClassName("directive-panel");
                    return panel;
                });
    }
}
