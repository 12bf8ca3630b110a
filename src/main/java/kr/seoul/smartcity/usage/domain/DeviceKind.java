package kr.seoul.smartcity.usage.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/** The kind of device a screen was used on, told from its browser's user agent (the kiosk by its route). */
public enum DeviceKind implements Labelled {
    DESKTOP,
    TABLET,
    PHONE,
    KIOSK;

    public static DeviceKind of(@Nullable String userAgent) {
        String agent = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        if (agent.contains("ipad")
                || agent.contains("tablet")
                || (agent.contains("android") && !agent.contains("mobile"))) {
            return TABLET;
        }
        if (agent.contains("mobi") || agent.contains("iphone") || agent.contains("android")) {
            return PHONE;
        }
        return DESKTOP;
    }

    @Override
    public String labelKey() {
        return "usage.device." + name().toLowerCase(Locale.ROOT);
    }
}
