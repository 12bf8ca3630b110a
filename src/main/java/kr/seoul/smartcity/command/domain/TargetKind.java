package kr.seoul.smartcity.command.domain;

import kr.seoul.smartcity.base.domain.Labelled;
import org.springframework.modulith.NamedInterface;

/** What a command can open or do. Calls and directives are actions: they need their verb ("전화", "지시"). */
@NamedInterface("model")
public enum TargetKind implements Labelled {
    SCREEN,
    DASHBOARD,
    INDICATOR,
    DISTRICT,
    PROJECT,
    REPORT,
    DOCUMENT,
    CALL,
    DIRECTIVE;

    /** The verb a command must carry to reach targets of this kind. */
    public Verb verb() {
        return switch (this) {
            case CALL -> Verb.CALL;
            case DIRECTIVE -> Verb.DIRECTIVE;
            default -> Verb.SHOW;
        };
    }

    @Override
    public String labelKey() {
        return "command.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
