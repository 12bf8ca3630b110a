package kr.seoul.smartcity.directive.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.directive.service.DirectiveService;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.shell.ui.NavbarContribution;

/** Puts the directive box in the top bar for the mayor and for officials of a department. */
@org.springframework.stereotype.Component
class DirectiveInboxContribution implements NavbarContribution {

    private final DirectiveService directives;
    private final LiveEventBus events;
    private final CurrentUser currentUser;

    DirectiveInboxContribution(DirectiveService directives, LiveEventBus events, CurrentUser currentUser) {
        this.directives = directives;
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        Viewer viewer = currentUser.viewer();
        boolean follows =
                viewer.role() == Role.MAYOR || (viewer.role() == Role.OFFICIAL && viewer.departmentCode() != null);
        return follows ? Optional.of(new DirectiveInbox(directives, events, viewer)) : Optional.empty();
    }
}
