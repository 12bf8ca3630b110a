package kr.seoul.smartcity.display.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.command.ui.Locations;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.display.service.DisplayChanged;
import kr.seoul.smartcity.display.service.DisplayService;
import kr.seoul.smartcity.display.service.DisplaySteered;

/**
 * On every screen of a display: its pairing code and who is steering it, and the follower that opens what a remote
 * chose, whichever instance the remote is served by. The drawer stays closed, so the content has the whole screen.
 */
@StyleSheet("themes/city/display.css")
class DisplayBadge extends Div {

    private final DisplayService displays;
    private final String displayId;
    private final Anchor text = new Anchor("display", "");

    DisplayBadge(DisplayService displays, LiveEventBus events, String displayId) {
        this.displays = displays;
        this.displayId = displayId;
        addClassName("display-badge");
        setId("display-badge");
        getElement().setAttribute("role", "status");
        text.getElement().setAttribute("router-link", true);
        add(VaadinIcon.DESKTOP.create(), text);
        LiveUpdates.follow(this, events, DisplaySteered.TOPIC, steered -> {
            if (steered.displayId().equals(displayId)) {
                Locations.open(UI.getCurrent(), steered.path());
            }
        });
        LiveUpdates.follow(this, events, DisplayChanged.TOPIC, changed -> {
            if (changed.displayId().equals(displayId)) {
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        AppLayout layout = findAncestor(AppLayout.class);
        if (layout != null) {
            layout.setDrawerOpened(false);
        }
        refresh();
    }

    private void refresh() {
        displays.find(displayId).ifPresentOrElse(this::show, () -> {
            setVisible(false);
            DisplaySession.end();
        });
    }

    private void show(Display display) {
        String code = display.code().substring(0, 3) + " " + display.code().substring(3);
        text.setText(
                display.steeredByName() == null
                        ? getTranslation("display.badge", code)
                        : getTranslation("display.badge.steered", code, display.steeredByName()));
        getElement().setAttribute("data-steered-by", display.steeredBy() == null ? "" : display.steeredBy());
    }
}
