package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import kr.seoul.smartcity.call.domain.CallKind;

/** The buttons of a joined call: mute, and for a video call camera off and screen share, then leave. */
class CallControls extends Div {

    private final CallKind kind;
    private final CallMedia media;
    private final Runnable leave;
    private boolean micOn = true;
    private boolean camOn = true;
    private boolean sharing;

    CallControls(CallKind kind, CallMedia media, Runnable leave) {
        this.kind = kind;
        this.media = media;
        this.leave = leave;
        setId("call-controls");
        addClassName("call-controls");
        setVisible(false);
    }

    /** The screen is being shared, or no longer. */
    void sharing(boolean on) {
        sharing = on;
        draw();
    }

    void draw() {
        removeAll();
        Button mute = new Button(
                getTranslation(micOn ? "call.mute" : "call.unmute"), VaadinIcon.MICROPHONE.create(), click -> {
                    micOn = !micOn;
                    media.setMicrophone(micOn);
                    draw();
                });
        mute.setId("call-mute");
        mute.getElement().setAttribute("aria-pressed", String.valueOf(!micOn));
        add(mute);
        if (kind == CallKind.VIDEO) {
            Button cameraButton = new Button(
                    getTranslation(camOn ? "call.camera-off" : "call.camera-on"),
                    (camOn ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE).create(),
                    click -> {
                        camOn = !camOn;
                        media.setCamera(camOn);
                        draw();
                    });
            cameraButton.setId("call-camera-toggle");
            cameraButton.getElement().setAttribute("aria-pressed", String.valueOf(!camOn));
            Button screen = new Button(
                    getTranslation(sharing ? "call.screen-stop" : "call.screen"),
                    VaadinIcon.DESKTOP.create(),
                    click -> media.shareScreen(!sharing));
            screen.setId("call-screen");
            add(cameraButton, screen);
        }
        Button leaveButton = new Button(getTranslation("call.leave"), VaadinIcon.PHONE.create(), click -> leave.run());
        leaveButton.setId("call-leave");
        leaveButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(leaveButton);
    }
}
