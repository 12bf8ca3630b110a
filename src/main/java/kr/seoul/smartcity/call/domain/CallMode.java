package kr.seoul.smartcity.call.domain;

/** How media travels: through an OpenVidu media server, or directly between browsers (built in). */
public enum CallMode {
    BUILT_IN,
    OPENVIDU;

    public String labelKey() {
        return "call.mode." + name().toLowerCase().replace('_', '-');
    }
}
