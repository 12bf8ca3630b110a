package kr.seoul.smartcity.usage.domain;

import org.springframework.modulith.NamedInterface;


/** What was used: a screen opened, a widget's details opened, a command run, a kiosk touched. */
@NamedInterface("model")
public enum UsageKind {
    SCREEN,
    WIDGET,
    COMMAND,
    KIOSK_TOUCH;

    public String labelKey() {
        return "usage.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
