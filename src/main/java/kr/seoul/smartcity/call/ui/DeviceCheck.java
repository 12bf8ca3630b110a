package kr.seoul.smartcity.call.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import kr.seoul.smartcity.call.domain.CallKind;
import tools.jackson.databind.JsonNode;

/**
 * The check before joining a call: the camera (for a video call) and the microphone the browser found, the one in
 * use chosen, and the buttons that join or leave.
 */
class DeviceCheck extends Div {

    private final Select<CallMedia.Device> camera = new Select<>();
    private final Select<CallMedia.Device> microphone = new Select<>();

    /** @param useDevices receives the ids of the camera and the microphone chosen ("" for none) */
    DeviceCheck(CallKind kind, BiConsumer<String, String> useDevices, Runnable join, Runnable cancel) {
        setId("call-prejoin");
        addClassName("call-prejoin");
        Paragraph hint =
                new Paragraph(getTranslation(kind == CallKind.VIDEO ? "call.check.video" : "call.check.voice"));
        camera.setId("call-camera");
        camera.setLabel(getTranslation("call.camera"));
        camera.setItemLabelGenerator(CallMedia.Device::label);
        camera.setVisible(kind == CallKind.VIDEO);
        microphone.setId("call-microphone");
        microphone.setLabel(getTranslation("call.microphone"));
        microphone.setItemLabelGenerator(CallMedia.Device::label);
        Runnable chosen = () -> useDevices.accept(
                camera.getValue() == null ? "" : camera.getValue().id(),
                microphone.getValue() == null ? "" : microphone.getValue().id());
        camera.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen.run();
            }
        });
        microphone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                chosen.run();
            }
        });
        Button joinButton = new Button(getTranslation("call.join"), VaadinIcon.SIGN_IN.create(), click -> join.run());
        joinButton.setId("call-join");
        joinButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button cancelButton =
                new Button(getTranslation("call.leave"), VaadinIcon.PHONE.create(), click -> cancel.run());
        cancelButton.setId("call-cancel");
        cancelButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div devices = new Div(camera, microphone);
        devices.addClassName("call-devices");
        Div actions = new Div(joinButton, cancelButton);
        actions.addClassName("call-actions");
        add(hint, devices, actions);
    }

    /** Offers the devices the browser reported and chooses the ones it uses. */
    void show(JsonNode found) {
        List<CallMedia.Device> cameras = new ArrayList<>();
        List<CallMedia.Device> microphones = new ArrayList<>();
        found.path("devices").forEach(device -> {
            CallMedia.Device item = new CallMedia.Device(
                    device.path("kind").asString(),
                    device.path("id").asString(),
                    device.path("label").asString());
            (item.kind().equals("videoinput") ? cameras : microphones).add(item);
        });
        camera.setItems(cameras);
        microphone.setItems(microphones);
        String currentCamera = found.path("current").path("camera").asString();
        String currentMicrophone = found.path("current").path("microphone").asString();
        cameras.stream().filter(d -> d.id().equals(currentCamera)).findFirst().ifPresent(camera::setValue);
        microphones.stream()
                .filter(d -> d.id().equals(currentMicrophone))
                .findFirst()
                .ifPresent(microphone::setValue);
        getElement().setAttribute("data-devices", "ready");
    }
}
