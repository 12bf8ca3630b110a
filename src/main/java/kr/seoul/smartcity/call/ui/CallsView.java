package kr.seoul.smartcity.call.ui;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.ContextType;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.call.service.CallUpdated;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;

/**
 * Calls: the calls one missed, the conference rooms open now (join one, or open a new one), and the call log — who
 * called whom, when, for how long, from where. The mayor and administrators see everyone's log.
 */
@Route("calls")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
@Menu(order = 13, title = "nav.calls", icon = "vaadin:phone")
@Uses(Dialog.class)
public class CallsView extends Main implements HasDynamicTitle {

    private final CallService calls;
    private final DirectoryService directory;
    private final CallButtons callButtons;
    private final CityUser user;
    private final Div missed = new Div();
    private final Div rooms = new Div();
    private final Div log = new Div();

    CallsView(
            CallService calls,
            DirectoryService directory,
            CurrentUser currentUser,
            LiveEventBus events,
            CallButtons callButtons) {
        this.calls = calls;
        this.directory = directory;
        this.callButtons = callButtons;
        this.user = currentUser.get().orElseThrow();
        addClassNames("page", "calls-view");
        missed.setId("missed-calls");
        rooms.setId("open-rooms");
        log.setId("call-log");
        Span mode = new Span(getTranslation(calls.mode().labelKey()));
        mode.setId("calls-mode");
        mode.addClassNames("call-mode", "badge");
        Button newRoom = new Button(
                getTranslation("call.room.open"),
                VaadinIcon.USERS.create(),
                click -> new RoomDialog(
                                calls,
                                directory,
                                user.getUsername(),
                                "",
                                List.of(),
                                new CallContext(ContextType.ROOM, "", ""))
                        .open());
        newRoom.setId("new-room");
        newRoom.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div head = new Div(mode, newRoom);
        head.addClassName("calls-head");
        add(
                new H1(getTranslation("nav.calls")),
                head,
                Card.grid(
                        Card.titled(getTranslation("call.missed"), missed),
                        Card.titled(getTranslation("call.rooms"), rooms)),
                Card.grid(Card.titled(getTranslation("call.log"), log)));
        refresh();
        LiveUpdates.follow(this, events, CallUpdated.TOPIC, updated -> refresh());
        calls.markMissedSeen(user.getUsername());
        addAttachListener(attach -> ComponentUtil.fireEvent(attach.getUI(), new MissedCallsSeen(attach.getUI())));
    }

    private void refresh() {
        missed.removeAll();
        List<Call> missedCalls = calls.missedBy(user.getUsername());
        if (missedCalls.isEmpty()) {
            missed.add(new Paragraph(getTranslation("call.missed.none")));
        }
        for (Call call : missedCalls) {
            Div row = row(call, false);
            callButtons.forPerson(call.caller(), call.context()).ifPresent(row::add); // call back
            missed.add(row);
        }

        rooms.removeAll();
        List<Call> open = calls.openRooms();
        if (open.isEmpty()) {
            rooms.add(new Paragraph(getTranslation("call.rooms.none")));
        }
        for (Call room : open) {
            Div row = row(room, false);
            Button join = new Button(
                    getTranslation("call.join"),
                    click -> getUI().ifPresent(ui -> ui.navigate(CallView.class, room.id())));
            join.addClassName("room-join");
            join.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            row.add(join);
            rooms.add(row);
        }

        log.removeAll();
        boolean everyone = user.role() == Role.MAYOR || user.role() == Role.ADMIN;
        List<Call> entries = calls.log(user.getUsername(), everyone);
        if (entries.isEmpty()) {
            log.add(new Paragraph(getTranslation("call.log.none")));
        }
        entries.forEach(call -> log.add(row(call, true)));
    }

    private Div row(Call call, boolean withOutcome) {
        Div row = new Div();
        row.addClassNames("call-row", "call-" + call.status().name().toLowerCase());
        row.getElement().setAttribute("data-call-id", String.valueOf(call.id()));
        List<Participant> people = calls.participants(call.id());
        String called = people.stream()
                .filter(Participant::invited)
                .map(p -> People.name(directory, p.username()))
                .collect(Collectors.joining(", "));
        String who = call.room()
                ? getTranslation("call.log.room", call.roomName(), People.name(directory, call.caller()))
                : getTranslation("call.log.who", People.name(directory, call.caller()), called);
        Span title = new Span(who);
        title.addClassName("call-row-title");
        String details = getTranslation(call.kind().labelKey()) + " · "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", getLocale())
                        .withZone(java.time.ZoneId.of("Asia/Seoul"))
                        .format(call.createdAt());
        if (withOutcome) {
            details += " · " + getTranslation(call.status().labelKey()) + " · "
                    + getTranslation("call.log.duration", duration(call));
        }
        if (!call.context().label().isBlank()) {
            details += " · " + getTranslation(call.context().type().labelKey()) + ": "
                    + call.context().label();
        }
        Span detail = new Span(details);
        detail.addClassName("call-row-detail");
        row.add(title, detail);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calls") + " · " + getTranslation("app.title");
    }

    private static String duration(Call call) {
        return call.talkTime(Instant.now())
                .map(d -> String.format("%d:%02d", d.toMinutes(), d.toSecondsPart()))
                .orElse("–");
    }
}
