package kr.seoul.smartcity.usage.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** What was used: a screen opened, a widget's details opened, a command run, a kiosk touched. */
@NamedInterface("model")
public enum UsageKind implements Labelled {
    SCREEN,
    WIDGET,
    COMMAND,
    KIOSK_TOUCH;

    @Override
    public String labelKey() {
        return "usage.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
