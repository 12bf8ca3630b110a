package kr.seoul.smartcity.call.ui;

import java.util.Collection;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableSupplier;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallContext;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallPolicy;
import kr.seoul.smartcity.call.service.CallRefusedException;
import kr.seoul.smartcity.call.service.CallService;
import kr.seoul.smartcity.call.service.MediaServerException;
import kr.seoul.smartcity.directory.service.DirectoryService;
import kr.seoul.smartcity.security.service.CityUser;
import kr.seoul.smartcity.security.service.CurrentUser;
import org.springframework.modulith.NamedInterface;

/**
 * "Video call" and "Voice call" for wherever a department or an official appears (an alert, an incident, a
 * project, the directory), and "Conference room" for incidents. Inject this bean into a view and ask it for the
 * buttons; visitors who may not call (citizens) get none.
 */
@org.springframework.stereotype.Component
@NamedInterface("ui")
public class CallButtons {

    private final CallService calls;
    private final DirectoryService directory;
    private final CurrentUser currentUser;

    CallButtons(CallService calls, DirectoryService directory, CurrentUser currentUser) {
        this.calls = calls;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** Buttons that ring everyone on duty in a department. */
    public Optional<Component> forDepartment(String departmentCode, CallContext context) {
        return caller().map(me -> pair(
                "department", departmentCode, kind -> () -> calls.callDepartment(me, departmentCode, kind, context)));
    }

    /** Buttons that ring one official; none on the official's own entry. */
    public Optional<Component> forPerson(String username, CallContext context) {
        return caller().filter(me -> !me.equals(username))
                .map(me -> pair("person", username, kind -> () -> calls.callPerson(me, username, kind, context)));
    }

    /**
     * A button that opens a named conference room, inviting departments (the ones suggested are ticked).
     */
    public Optional<Component> conferenceRoom(
            String suggestedName, Collection<String> suggestedDepartments, CallContext context) {
        return caller().map(me -> {
            Button room = new Button(
                    com.vaadin.flow.component.UI.getCurrent().getTranslation("call.room.open"),
                    VaadinIcon.USERS.create(),
                    click -> new RoomDialog(calls, directory, me, suggestedName, suggestedDepartments, context).open());
            room.addClassName("call-room-button");
            room.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return room;
        });
    }

    private Optional<String> caller() {
        return currentUser
                .get()
                .filter(user -> CallPolicy.mayCall(user.role(), user.isEnabled()))
                .map(CityUser::getUsername);
    }

    private interface Starter {
        SerializableSupplier<Call> start(CallKind kind);
    }

    private static Div pair(String target, String reference, Starter starter) {
        UI ui = UI.getCurrent();
        Button video = new Button(
                ui.getTranslation("call.video"),
                VaadinIcon.CAMERA.create(),
                click -> start(starter.start(CallKind.VIDEO)));
        video.addClassName("call-video");
        Button voice = new Button(
                ui.getTranslation("call.voice"),
                VaadinIcon.PHONE.create(),
                click -> start(starter.start(CallKind.VOICE)));
        voice.addClassName("call-voice");
        for (Button button : new Button[] {video, voice}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("data-" + target, reference);
        }
        Div buttons = new Div(video, voice);
        buttons.addClassName("call-buttons");
        return buttons;
    }

    static void start(SerializableSupplier<Call> starter) {
        try {
            Call call = starter.get();
            UI.getCurrent().navigate(CallView.class, call.id());
        } catch (RuntimeException e) {
            refused(e);
        }
    }

    /** Tells the person why a call could not be made; unexpected failures are thrown on. */
    static void refused(RuntimeException e) {
        UI ui = UI.getCurrent();
        String text;
        if (e instanceof CallRefusedException refused) {
            text = ui.getTranslation(refused.reason().labelKey());
        } else if (e instanceof MediaServerException media) {
            text = ui.getTranslation("call.media-server-error", media.getMessage());
        } else {
            throw e;
        }
        Notification notification = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("call-notice");
    }
}
