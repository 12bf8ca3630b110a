package kr.seoul.smartcity.call.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** How media travels: through an OpenVidu media server, or directly between browsers (built in). */
public enum CallMode implements Labelled {
    BUILT_IN,
    OPENVIDU;

    @Override
    public String labelKey() {
        return "call.mode." + name().toLowerCase().replace('_', '-');
    }
}
