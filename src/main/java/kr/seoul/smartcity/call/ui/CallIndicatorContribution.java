package kr.seoul.smartcity.call.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.call.domain.CallPolicy;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import kr.seoul.smartcity.shell.ui.NavbarContribution;

/** Puts the telephone (missed calls, ringing) in the top bar of everyone who may be called; citizens get none. */
@org.springframework.stereotype.Component
class CallIndicatorContribution implements NavbarContribution {

    private final CallService calls;
    private final DirectoryService directory;
    private final LiveEventBus events;
    private final CurrentUser currentUser;

    CallIndicatorContribution(
            CallService calls, DirectoryService directory, LiveEventBus events, CurrentUser currentUser) {
        this.calls = calls;
        this.directory = directory;
        this.events = events;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> create() {
        return currentUser
                .get()
                .filter(user -> CallPolicy.mayCall(user.role(), user.isEnabled()))
                .map(CityUser::getUsername)
                .map(username -> new CallIndicator(calls, directory, events, username));
    }
}
