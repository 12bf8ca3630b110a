package kr.seoul.smartcity.base.service;

import java.util.List;

/**
 * A step a service does not take: not this person's to take, about something unknown, or not possible in the state
 * it is in. The key, a translation key, with its arguments says why on screen; the message says it in English for
 * logs and APIs. Each feature has its own subclass so that its screens catch only its own refusals.
 */
public abstract class RefusedException extends RuntimeException {

    /** Why, as an API answers it: forbidden (403), not found (404), or in conflict with the current state (409). */
    public enum Reason {
        NOT_ALLOWED,
        NOT_FOUND,
        CONFLICT
    }

    private final Reason reason;
    private final String key;
    private final List<Object> arguments;

    protected RefusedException(Reason reason, String key, String english, Object... arguments) {
        super(english);
        this.reason = reason;
        this.key = key;
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
