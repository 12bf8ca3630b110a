package kr.seoul.smartcity.call.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import kr.seoul.smartcity.call.domain.CallKind;
import kr.seoul.smartcity.call.domain.CallMode;
import kr.seoul.smartcity.call.service.CallSignal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The browser side of a call (the custom element {@code <city-call>}): camera and microphone with a preview and a
 * level meter, the other people's video or sound, and the connection, either directly between browsers (built in)
 * or through OpenVidu with openvidu-browser.
 */
@Tag("city-call")
@NpmPackage(value = "openvidu-browser", version = "2.32.2")
@JsModule("./components/city-call.js")
class CallMedia extends Component implements HasSize, HasStyle {

    /** A signal the browser wants delivered to another peer. */
    record Outgoing(String to, String type, String data) {}

    /** A camera or microphone of this browser. */
    record Device(String kind, String id, String label) {}

    CallMedia(CallMode mode, CallKind kind, String peerId, String displayName, String youLabel) {
        getElement().setProperty("mode", mode.name());
        getElement().setProperty("kind", kind.name());
        getElement().setProperty("peerId", peerId);
        getElement().setProperty("displayName", displayName);
        ObjectNode labels = JsonMapper.shared().createObjectNode().put("you", youLabel);
        getElement().setPropertyJson("labels", labels);
        getElement().setAttribute("kind", kind.name().toLowerCase());
    }

    void prepare(String cameraId, String microphoneId) {
        getElement().callJsFunction("prepare", cameraId, microphoneId);
    }

    void useDevices(String cameraId, String microphoneId) {
        getElement().callJsFunction("useDevices", cameraId, microphoneId);
    }

    void join(String token) {
        getElement().callJsFunction("join", token);
    }

    void connected() {
        getElement().callJsFunction("connected");
    }

    void receive(CallSignal signal) {
        getElement().callJsFunction("receive", signal.from(), signal.type(), signal.data());
    }

    void setMicrophone(boolean on) {
        getElement().callJsFunction("setMicrophone", on);
    }

    void setCamera(boolean on) {
        getElement().callJsFunction("setCamera", on);
    }

    void shareScreen(boolean on) {
        getElement().callJsFunction("shareScreen", on);
    }

    void leave() {
        getElement().callJsFunction("leave");
    }

    /** The devices found after the check: a JSON object {devices: [{kind, id, label}], current: {camera, microphone}}. */
    void onDevices(SerializableConsumer<JsonNode> listener) {
        getElement()
                .addEventListener(
                        "call-devices",
                        event -> listener.accept(JsonMapper.shared()
                                .readTree(event.getEventData()
                                        .get("event.detail.devices")
                                        .asString())))
                .addEventData("event.detail.devices");
    }

    void onJoined(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "call-joined",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.token").asString()))
                .addEventData("event.detail.token");
    }

    void onState(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "call-state",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.state").asString()))
                .addEventData("event.detail.state");
    }

    void onSignal(SerializableConsumer<Outgoing> listener) {
        getElement()
                .addEventListener(
                        "call-signal",
                        event -> listener.accept(new Outgoing(
                                event.getEventData().get("event.detail.to").asString(),
                                event.getEventData().get("event.detail.type").asString(),
                                event.getEventData().get("event.detail.data").asString())))
                .addEventData("event.detail.to")
                .addEventData("event.detail.type")
                .addEventData("event.detail.data");
    }

    void onError(SerializableConsumer<String> listener) {
        getElement()
                .addEventListener(
                        "call-error",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.message").asString()))
                .addEventData("event.detail.message");
    }

    void onScreen(SerializableConsumer<Boolean> listener) {
        getElement()
                .addEventListener(
                        "call-screen",
                        event -> listener.accept(
                                event.getEventData().get("event.detail.sharing").asBoolean()))
                .addEventData("event.detail.sharing");
    }
}
