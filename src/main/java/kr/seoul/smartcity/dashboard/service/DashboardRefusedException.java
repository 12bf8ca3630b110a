package kr.seoul.smartcity.dashboard.service;

import java.util.List;

/**
 * A change to a dashboard that is not made: not this person's to make, about a dashboard that does not exist, or
 * not possible as asked (an internal widget on a citizens' screen, a form the indicator cannot take, someone else
 * saved in the meantime). The key ({@code dashboard.refused.*}) with its arguments says why on screen.
 */
public class DashboardRefusedException extends RuntimeException {

    /** Why, as an API would answer it: forbidden, not found, or not possible in the current state. */
    public enum Reason {
        NOT_ALLOWED, NOT_FOUND, CONFLICT
    }

    private final Reason reason;
    private final String key;
    private final List<Object> arguments;

    DashboardRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(english);
        this.reason = reason;
        this.key = "dashboard.refused." + key;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
