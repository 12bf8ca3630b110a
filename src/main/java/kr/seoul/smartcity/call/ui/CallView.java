package kr.seoul.smartcity.call.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.ui.Card;
import kr.seoul.smartcity.base.ui.LiveUpdates;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallTokenException;
import kr.seoul.smartcity.call.domain.Participant;
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

/**
 * One call or conference room: the check of camera and microphone before joining, then the people in it with
 * mute, camera off, screen share and leave; the caller hears ringing until someone answers. Says which mode carries
 * the media and shows when the connection is being restored.
 */
@Route("call")
@RolesAllowed({Role.Names.MAYOR, Role.Names.OFFICIAL, Role.Names.ADMIN})
public class CallView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CallService calls;
    private final LiveEventBus events;
    private final CityUser user;
    private final String peerId = UUID.randomUUID().toString().substring(0, 8);
    private final H1 title = new H1();
    private final CallStatusLine status;
    private final CallParticipants participants;
    private Call call;
    private CallMedia media;
    private DeviceCheck prejoin;
    private CallControls controls;
    private CallHeader header;
    private boolean joined;
    private final CallSignals signals;

    CallView(CallService calls, DirectoryService directory, CurrentUser currentUser, LiveEventBus events) {
        this.calls = calls;
        this.events = events;
        this.user = currentUser.get().orElseThrow();
        this.participants = new CallParticipants(directory);
        this.status = new CallStatusLine(directory);
        this.signals = new CallSignals(events, peerId);
        addClassNames("page", "call-view");
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
        boolean invited = calls.participants(call.id()).stream()
                .anyMatch(p -> p.username().equals(user.getUsername()));
        if (!invited && !call.room()) {
            title.setText(getTranslation("call.title"));
            add(title, new Paragraph(getTranslation(CallRefusedException.Reason.NOT_INVITED.labelKey())));
            call = null;
            return;
        }
        title.setText(call.room() ? call.roomName() : getTranslation("call.title"));
        header = new CallHeader(calls.mode(), call.kind(), status);
        media = media();
        prejoin = new DeviceCheck(call.kind(), media::useDevices, this::join, this::leave);
        controls = new CallControls(call.kind(), media, this::leave);
        media.onScreen(controls::sharing);
        add(
                title,
                header,
                new CallContextLine(call.context()),
                media,
                prejoin,
                controls,
                Card.grid(Card.titled(getTranslation("call.participants"), participants)));
        refresh();
        LiveUpdates.follow(this, events, CallUpdated.TOPIC, updated -> refresh());
        media.prepare("", "");
    }

    private CallMedia media() {
        CallMedia created =
                new CallMedia(calls.mode(), call.kind(), peerId, user.displayName(), getTranslation("call.you"));
        created.setId("call-media");
        created.onDevices(found -> prejoin.show(found));
        created.onJoined(this::redeem);
        created.onState(this::showState);
        created.onSignal(outgoing -> send(outgoing.to(), outgoing.type(), outgoing.data()));
        created.onError(message -> CallNotice.show(getTranslation("call.media-error", message), true));
        return created;
    }

    private void join() {
        try {
            JoinTicket ticket = calls.ticket(call.id(), user.getUsername());
            call = ticket.call();
            prejoin.setVisible(false);
            controls.setVisible(true);
            controls.draw();
            media.join(ticket.token());
        } catch (CallRefusedException e) {
            CallNotice.show(getTranslation(e.reason().labelKey()), true);
            refresh();
        } catch (MediaServerException e) {
            CallNotice.show(getTranslation("call.media-server-error", e.getMessage()), true);
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
            CallNotice.show(getTranslation("call.token-refused", e.getMessage()), true);
        }
    }

    private void openSignals() {
        signals.open(call.id(), signal -> {
            if (joined) {
                media.receive(signal);
            }
        });
    }

    private void send(String to, String type, String data) {
        if (!joined) {
            return;
        }
        try {
            calls.signal(call.id(), user.getUsername(), peerId, to, type, data);
        } catch (RuntimeException e) {
            CallNotice.show(getTranslation("call.signal-error"), true);
        }
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
        signals.close();
        if (call != null) {
            calls.leave(call.id(), user.getUsername());
        }
        Ringtone.stop(this);
    }

    private void showState(String state) {
        header.mediaState(state);
        getElement().setAttribute("data-media-state", state);
    }

    private void refresh() {
        Call current = calls.find(call.id()).orElse(call);
        boolean wasLive = call.status().live();
        call = current;
        List<Participant> people = calls.participants(call.id());
        boolean ringing = status.show(call, people);
        if (ringing && call.caller().equals(user.getUsername()) && !call.room()) {
            Ringtone.start(this, "ringback");
        } else {
            Ringtone.stop(this);
        }
        participants.show(people);
        if (wasLive && !call.status().live()) {
            if (media != null) {
                media.leave();
            }
            joined = false;
            signals.close();
            prejoin.setVisible(false);
            controls.setVisible(false);
            CallNotice.show(
                    getTranslation(
                            "call.ended-notice", getTranslation(call.status().labelKey())),
                    false);
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
        signals.close();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("call.title") + " · " + getTranslation("app.title");
    }
}
