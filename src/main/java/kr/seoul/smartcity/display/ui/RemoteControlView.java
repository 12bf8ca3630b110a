package kr.seoul.smartcity.display.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.command.domain.CommandTarget;
import kr.seoul.smartcity.command.domain.Match;
import kr.seoul.smartcity.command.domain.TargetKind;
import kr.seoul.smartcity.command.service.Asker;
import kr.seoul.smartcity.command.service.CommandService;
import kr.seoul.smartcity.command.ui.Askers;
import kr.seoul.smartcity.command.ui.CommandPanel;
import kr.seoul.smartcity.command.ui.VoiceButton;
import kr.seoul.smartcity.display.domain.Display;
import kr.seoul.smartcity.display.service.DisplayChanged;
import kr.seoul.smartcity.display.service.DisplayRefusedException;
import kr.seoul.smartcity.display.service.DisplayService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Steering one display from a phone or tablet: a command (typed or said) or a pick among the dashboards, districts,
 * screens, reports and documents that both this account and the display's may see; the display opens it at once.
 */
@Route("remote/:id")
@PermitAll
@StyleSheet("themes/city/display.css")
public class RemoteControlView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PICKS = 8;

    private final DisplayService displays;
    private final CommandService commands;
    private final Asker remote;
    private final String remoteName;
    private final Paragraph state = new Paragraph();
    private final Div controls = new Div();
    private Display display;

    RemoteControlView(DisplayService displays, CommandService commands, CurrentUser currentUser, LiveEventBus events) {
        this.displays = displays;
        this.commands = commands;
        this.remote = Askers.current(currentUser);
        this.remoteName = currentUser.get().map(CityUser::displayName).orElse("");
        addClassNames("page", "remote-control-view");
        state.setId("remote-state");
        state.addClassName("remote-state");
        state.getElement().setAttribute("aria-live", "polite");
        controls.addClassName("remote-controls");
        LiveUpdates.follow(this, events, DisplayChanged.TOPIC, changed -> {
            if (display != null && changed.displayId().equals(display.id().toString())) {
                displays.find(changed.displayId())
                        .ifPresentOrElse(this::showState, () -> state.setText(getTranslation("remote.display.gone")));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            display = displays.paired(remote, id);
        } catch (DisplayRefusedException notPaired) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 title = new H1(getTranslation(
                "remote.title",
                display.code().substring(0, 3) + " " + display.code().substring(3)));
        add(title, state, controls);
        showState(display);
        showControls();
    }

    private void showState(Display shown) {
        display = shown;
        state.setText(
                shown.shownLabel() == null
                        ? getTranslation("remote.state.nothing")
                        : getTranslation("remote.state", shown.shownLabel(), shown.steeredByName()));
    }

    /** What both accounts may see: the remote's targets the display's own account may also reach. */
    private void showControls() {
        controls.removeAll();
        Set<String> forDisplay = commands.targets(DisplayService.ownerOf(display)).stream()
                .map(CommandTarget::id)
                .collect(Collectors.toSet());
        List<CommandTarget> both = commands.targets(remote).stream()
                .filter(target -> target.path() != null && forDisplay.contains(target.id()))
                .toList();
        CommandPanel panel =
                new CommandPanel(commands, both, match -> match.location() != null, (match, spoken) -> steer(match));
        VoiceButton speak = new VoiceButton(getTranslation("command.voice.short"), () -> panel);
        speak.setId("remote-voice");
        controls.add(panel, speak);
        section("remote.pick.dashboards", both, TargetKind.DASHBOARD, "remote-dashboards");
        section("remote.pick.districts", both, TargetKind.DISTRICT, "remote-districts");
        section("remote.pick.screens", both, TargetKind.SCREEN, "remote-screens");
        section("remote.pick.reports", both, TargetKind.REPORT, "remote-reports");
        section("remote.pick.documents", both, TargetKind.DOCUMENT, "remote-documents");
        Button unpair = new Button(getTranslation("remote.unpair"), VaadinIcon.UNLINK.create(), click -> {
            displays.unpair(remote, display.id().toString());
            getUI().ifPresent(ui -> ui.navigate(RemoteView.class));
        });
        unpair.setId("remote-unpair");
        unpair.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        controls.add(unpair);
    }

    private void section(String headingKey, List<CommandTarget> targets, TargetKind kind, String id) {
        List<CommandTarget> shown = targets.stream()
                .filter(target -> target.kind() == kind)
                .limit(kind == TargetKind.DISTRICT ? 25 : PICKS)
                .toList();
        if (shown.isEmpty()) {
            return;
        }
        Div picks = new Div();
        picks.setId(id);
        picks.addClassNames("remote-picks", "remote-picks-" + kind.name().toLowerCase());
        shown.forEach(target -> {
            Button pick = new Button(target.label(getLocale()), click -> steer(new Match(target, null, null, "", 1)));
            pick.addClassName("remote-pick");
            pick.getElement().setAttribute("data-target", target.id());
            picks.add(pick);
        });
        controls.add(new H2(getTranslation(headingKey)), picks);
    }

    private void steer(Match match) {
        try {
            showState(displays.steer(remote, remoteName, display.id().toString(), match, getLocale()));
        } catch (DisplayRefusedException refused) {
            Notification.show(getTranslation(refused.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.remote") + " · " + getTranslation("app.title");
    }
}
