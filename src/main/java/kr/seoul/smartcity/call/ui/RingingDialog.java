package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import kr.seoul.smartcity.call.domain.Call;
import kr.seoul.smartcity.call.domain.CallKind;

/** An incoming call: who calls, from where, and accept or decline, with a ring while it is open. */
class RingingDialog extends Dialog {

    private final long callId;

    RingingDialog(Call call, String callerName, SerializableRunnable accept, SerializableRunnable decline) {
        this.callId = call.id();
        setId("ringing-dialog");
        addClassName("ringing-dialog");
        getElement().setAttribute("data-call-id", String.valueOf(call.id()));
        setModal(true);
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        setHeaderTitle(getTranslation(
                call.room()
                        ? "call.incoming.room"
                        : call.kind() == CallKind.VIDEO ? "call.incoming.video" : "call.incoming.voice"));
        add(body(call, callerName));
        Button acceptButton = new Button(getTranslation("call.accept"), VaadinIcon.PHONE.create(), click -> {
            close();
            accept.run();
        });
        acceptButton.setId("ringing-accept");
        acceptButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button declineButton = new Button(getTranslation("call.decline"), VaadinIcon.CLOSE.create(), click -> {
            close();
            decline.run();
        });
        declineButton.setId("ringing-decline");
        declineButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(declineButton, acceptButton);
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                Ringtone.start(this, "ring");
            } else {
                Ringtone.stop(this);
            }
        });
    }

    /** Who calls, in which room, about what. */
    private Div body(Call call, String callerName) {
        Icon icon = (call.kind() == CallKind.VIDEO ? VaadinIcon.CAMERA : VaadinIcon.PHONE).create();
        icon.addClassName("ringing-icon");
        Span who = new Span(callerName);
        who.setId("ringing-caller");
        who.addClassName("ringing-caller");
        Div body = new Div(icon, who);
        body.addClassName("ringing-body");
        if (call.room()) {
            Span room = new Span(call.roomName());
            room.addClassName("ringing-room");
            body.add(room);
        }
        if (!call.context().label().isBlank()) {
            Span context = new Span(getTranslation(call.context().type().labelKey()) + ": "
                    + call.context().label());
            context.addClassName("ringing-context");
            body.add(context);
        }
        return body;
    }

    long callId() {
        return callId;
    }
}
