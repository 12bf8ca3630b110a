package kr.seoul.smartcity.display.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.display.service.DisplayService;
import kr.seoul.smartcity.shell.ui.NavbarContribution;

/** The display badge and follower, only in a browser session opened as a display. */
@org.springframework.stereotype.Component
class DisplayBadgeContribution implements NavbarContribution {

    private final DisplayService displays;
    private final LiveEventBus events;

    DisplayBadgeContribution(DisplayService displays, LiveEventBus events) {
        this.displays = displays;
        this.events = events;
    }

    @Override
    public Optional<Component> create() {
        return DisplaySession.current().map(id -> new DisplayBadge(displays, events, id));
    }
}
