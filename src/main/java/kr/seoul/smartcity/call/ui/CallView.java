package kr.seoul.smartcity.call.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallStatus;
import kr.seoul.smartcity.call.domain.CallTokenException;
import kr.seoul.smartcity.call.domain.Participant;
import kr.seoul.smartcity.call.domain.ParticipantState;
import kr.seoul.smartcity.call.service.CallRefusedException;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.call.service.CallSignal;
import kr.seoul.smartcity.call.service.CallUpdated;
import kr.seoul.smartcity.call.service.JoinTicket;
import kr.seoul.smartcity.call.service.MediaServerException;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import tools.jackson.databind.JsonNode;

/**
 * One call or conference room: the check of camera and microphone before joining, then the people in it with
 * mute, camera off, screen share and leave; the caller hears ringing until someone answers. Says which mode carries
 * the media and shows when the connection is being restored.
 */
@Route("call")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class CallView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CallService calls;
    private final DirectoryService directory;
    private final LiveEventBus events;
    private final CityUser user;
    private final String peerId = UUID.randomUUID().toString().substring(0, 8);
    private final H1 title = new H1();
    private final Span status = new Span();
    private final Span reconnecting = new Span();
    private final Div participants = new Div();
    private final Div prejoin = new Div();
    private final Div controls = new Div();
    private final Select<CallMedia.Device> camera = new Select<>();
    private final Select<CallMedia.Device> microphone = new Select<>();
    private Call call;
    private CallMedia media;
    private boolean joined;
    private boolean micOn = true;
    private boolean camOn = true;
    private boolean sharing;
    private LiveEventBus.Subscription signals;

    CallView(CallService calls, DirectoryService directory, CurrentUser currentUser, LiveEventBus events) {
        this.calls = calls;
        this.directory = directory;
        this.events = events;
        this.user = currentUser.get().orElseThrow();
        addClassNames("page", "call-view");
        status.setId("call-status");
        status.addClassName("call-status");
        reconnecting.setId("call-reconnecting");
        reconnecting.addClassName("call-reconnecting");
        reconnecting.setText(getTranslation("call.reconnecting"));
        reconnecting.setVisible(false);
        participants.setId("call-participants");
        participants.addClassName("call-participants");
    }

    @Override
    public void setParameter(BeforeEvent event, Long callId) {
        removeAll();
        call = callId == null ? null : calls.find(callId).orElse(null);
        if (call == null || !call.status().live()) {
            add(title, new Paragraph(getTranslation("call.over")));
            title.setText(getTranslation("call.title"));
            status.setText(call == null ? "" : getTranslation(call.status().labelKey()));
            add(status);
            return;
        }
        boolean invited = calls.participants(call.id()).stream().anyMatch(p -> p.username().equals(user.getUsername()));
        if (!invited && !call.room()) {
            title.setText(getTranslation("call.title"));
            add(title, new Paragraph(getTranslation(CallRefusedException.Reason.NOT_INVITED.labelKey())));
            call = null;
            return;
        }
        title.setText(call.room() ? call.roomName() : getTranslation("call.title"));
        Span mode = new Span(getTranslation(calls.mode().labelKey()));
        mode.setId("call-mode");
        mode.addClassNames("call-mode", "badge");
        mode.getElement().setAttribute("data-mode", calls.mode().name());
        Span kind = new Span(getTranslation(call.kind().labelKey()));
        kind.addClassNames("call-kind", "badge");
        Div header = new Div(mode, kind, status, reconnecting);
        header.addClassName("call-header");
        Div context = new Div();
        context.addClassName("call-context");
        if (!call.context().label().isBlank()) {
            context.setText(getTranslation(call.context().type().labelKey()) + ": " + call.context().label());
        }

        media = new CallMedia(calls.mode(), call.kind(), peerId, user.displayName(), getTranslation("call.you"));
        media.setId("call-media");
        media.onDevices(this::showDevices);
        media.onJoined(this::redeem);
        media.onState(this::showState);
        media.onSignal(outgoing -> send(outgoing.to(), outgoing.type(), outgoing.data()));
        media.onError(message -> notify(getTranslation("call.media-error", message), true));
        media.onScreen(on -> {
            sharing = on;
            drawControls();
        });

        buildPrejoin();
        controls.setId("call-controls");
        controls.addClassName("call-controls");
        controls.setVisible(false);
        add(title, header, context, media, prejoin, controls,
                Card.grid(Card.titled(getTranslation("call.participants"), participants)));
        refresh();
        LiveUpdates.follow(this, events, CallUpdated.TOPIC, updated -> refresh());
        media.prepare("", "");
    }

    private void buildPrejoin() {
        prejoin.setId("call-prejoin");
        prejoin.addClassName("call-prejoin");
        Paragraph hint = new Paragraph(getTranslation(call.kind() == CallKind.VIDEO ? "call.check.video"
                : "call.check.voice"));
        camera.setId("call-camera");
        camera.setLabel(getTranslation("call.camera"));
        camera.setItemLabelGenerator(CallMedia.Device::label);
        camera.setVisible(call.kind() == CallKind.VIDEO);
        microphone.setId("call-microphone");
        microphone.setLabel(getTranslation("call.microphone"));
        microphone.setItemLabelGenerator(CallMedia.Device::label);
        camera.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                useDevices();
            }
        });
        microphone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                useDevices();
            }
        });
        Button join = new Button(getTranslation("call.join"), VaadinIcon.SIGN_IN.create(), click -> join());
        join.setId("call-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button cancel = new Button(getTranslation("call.leave"), VaadinIcon.PHONE.create(), click -> leave());
        cancel.setId("call-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div devices = new Div(camera, microphone);
        devices.addClassName("call-devices");
        Div actions = new Div(join, cancel);
        actions.addClassName("call-actions");
        prejoin.add(hint, devices, actions);
    }

    private void useDevices() {
        media.useDevices(camera.getValue() == null ? "" : camera.getValue().id(),
                microphone.getValue() == null ? "" : microphone.getValue().id());
    }

    private void showDevices(JsonNode found) {
        List<CallMedia.Device> cameras = new ArrayList<>();
        List<CallMedia.Device> microphones = new ArrayList<>();
        found.path("devices").forEach(device -> {
            CallMedia.Device item = new CallMedia.Device(device.path("kind").asString(), device.path("id").asString(),
                    device.path("label").asString());
            (item.kind().equals("videoinput") ? cameras : microphones).add(item);
        });
        camera.setItems(cameras);
        microphone.setItems(microphones);
        String currentCamera = found.path("current").path("camera").asString();
        String currentMicrophone = found.path("current").path("microphone").asString();
        cameras.stream().filter(d -> d.id().equals(currentCamera)).findFirst().ifPresent(camera::setValue);
        microphones.stream().filter(d -> d.id().equals(currentMicrophone)).findFirst().ifPresent(microphone::setValue);
        prejoin.getElement().setAttribute("data-devices", "ready");
    }

    private void join() {
        try {
            JoinTicket ticket = calls.ticket(call.id(), user.getUsername());
            call = ticket.call();
            prejoin.setVisible(false);
            controls.setVisible(true);
            drawControls();
            media.join(ticket.token());
        } catch (CallRefusedException e) {
            notify(getTranslation(e.reason().labelKey()), true);
            refresh();
        } catch (MediaServerException e) {
            notify(getTranslation("call.media-server-error", e.getMessage()), true);
        }
    }

    private void redeem(String token) {
        try {
            calls.redeem(call.id(), user.getUsername(), token);
            joined = true;
            openSignals();
            media.connected();
            getElement().setAttribute("data-joined", "true");
        } catch (CallTokenException e) {
            notify(getTranslation("call.token-refused", e.getMessage()), true);
        }
    }

    private void openSignals() {
        closeSignals();
        UI ui = UI.getCurrent();
        long callId = call.id();
        signals = events.subscribe(CallSignal.TOPIC, signal -> {
            if (signal.callId() == callId && !signal.from().equals(peerId)
                    && (signal.to().equals(peerId) || signal.to().equals(CallSignal.EVERYONE))) {
                ui.access(() -> {
                    if (joined) {
                        media.receive(signal);
                    }
                });
            }
        });
    }

    private void closeSignals() {
        if (signals != null) {
            signals.close();
            signals = null;
        }
    }

    private void send(String to, String type, String data) {
        if (!joined) {
            return;
        }
        try {
            calls.signal(call.id(), user.getUsername(), peerId, to, type, data);
        } catch (RuntimeException e) {
            notify(getTranslation("call.signal-error"), true);
        }
    }

    private void drawControls() {
        controls.removeAll();
        Button mute = new Button(getTranslation(micOn ? "call.mute" : "call.unmute"),
                VaadinIcon.MICROPHONE.create(), click -> {
            micOn = !micOn;
            media.setMicrophone(micOn);
            drawControls();
        });
        mute.setId("call-mute");
        mute.getElement().setAttribute("aria-pressed", String.valueOf(!micOn));
        controls.add(mute);
        if (call.kind() == CallKind.VIDEO) {
            Button cameraButton = new Button(getTranslation(camOn ? "call.camera-off" : "call.camera-on"),
                    (camOn ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE).create(), click -> {
                camOn = !camOn;
                media.setCamera(camOn);
                drawControls();
            });
            cameraButton.setId("call-camera-toggle");
            cameraButton.getElement().setAttribute("aria-pressed", String.valueOf(!camOn));
            Button screen = new Button(getTranslation(sharing ? "call.screen-stop" : "call.screen"),
                    VaadinIcon.DESKTOP.create(), click -> media.shareScreen(!sharing));
            screen.setId("call-screen");
            controls.add(cameraButton, screen);
        }
        Button leave = new Button(getTranslation("call.leave"), VaadinIcon.PHONE.create(), click -> leave());
        leave.setId("call-leave");
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        controls.add(leave);
    }

    private void leave() {
        hangUp();
        prejoin.setVisible(false);
        controls.setVisible(false);
        refresh();
    }

    /** Leaves the call: tells the others' browsers at once, then the server. */
    private void hangUp() {
        if (media != null) {
            if (joined) {
                send(CallSignal.EVERYONE, "bye", "j:{}");
            }
            media.leave();
        }
        joined = false;
        closeSignals();
        if (call != null) {
            calls.leave(call.id(), user.getUsername());
        }
        ringback(false);
    }

    private void showState(String state) {
        reconnecting.setVisible("reconnecting".equals(state) || "failed".equals(state));
        reconnecting.setText(getTranslation("failed".equals(state) ? "call.failed" : "call.reconnecting"));
        getElement().setAttribute("data-media-state", state);
    }

    private void refresh() {
        Call current = calls.find(call.id()).orElse(call);
        boolean wasLive = call.status().live();
        call = current;
        List<Participant> people = calls.participants(call.id());
        boolean ringing = call.status() == CallStatus.RINGING
                && people.stream().anyMatch(p -> p.state() == ParticipantState.INVITED);
        if (ringing && !call.room()) {
            List<String> called = people.stream().filter(p -> p.state() == ParticipantState.INVITED)
                    .map(p -> People.name(directory, p.username())).toList();
            status.setText(getTranslation("call.ringing", String.join(", ", called)));
        } else {
            status.setText(getTranslation(call.status().labelKey()));
        }
        status.getElement().setAttribute("data-status", ringing ? "RINGING" : call.status().name());
        ringback(ringing && call.caller().equals(user.getUsername()) && !call.room());
        participants.removeAll();
        for (Participant p : people) {
            Div row = new Div();
            row.addClassNames("call-participant", "participant-" + p.state().name().toLowerCase());
            row.getElement().setAttribute("data-username", p.username());
            Span name = new Span(People.nameWithDepartment(directory, p.username(), getLocale()));
            Span state = new Span(getTranslation(p.state().labelKey()));
            state.addClassName("participant-state");
            row.add(name, state);
            participants.add(row);
        }
        if (wasLive && !call.status().live()) {
            if (media != null) {
                media.leave();
            }
            joined = false;
            closeSignals();
            prejoin.setVisible(false);
            controls.setVisible(false);
            notify(getTranslation("call.ended-notice", getTranslation(call.status().labelKey())), false);
        }
    }

    private void ringback(boolean on) {
        if (on) {
            Ringtone.start(this, "ringback");
        } else {
            Ringtone.stop(this);
        }
    }

    private void notify(String text, boolean error) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addClassName("call-notice");
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (joined) {
            openSignals();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().getPage().executeJs("window.cityRingtone && window.cityRingtone.stop();");
        if (call != null && call.status().live()) {
            if (joined) {
                try {
                    calls.signal(call.id(), user.getUsername(), peerId, CallSignal.EVERYONE, "bye", "j:{}");
                } catch (RuntimeException ignored) {
                    // the call may be over already
                }
            }
            calls.leave(call.id(), user.getUsername());
        }
        joined = false;
        closeSignals();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("call.title") + " · " + getTranslation("app.title");
    }

    static String duration(Call call) {
        return call.talkTime(Instant.now()).map(d -> String.format("%d:%02d", d.toMinutes(), d.toSecondsPart()))
                .orElse("–");
    }
}
