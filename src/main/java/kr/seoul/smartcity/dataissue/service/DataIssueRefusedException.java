package kr.seoul.smartcity.dataissue.service;

import java.util.List;

/**
 * A step on a report that is not taken: not this person's to take, about something unknown or not visible to them,
 * or already done. The key ({@code data-issue.refused.*}) with its arguments says why on screen.
 */
public class DataIssueRefusedException extends RuntimeException {

    /** Why: forbidden (403), not found (404), or in conflict with the current state (409). */
    public enum Reason {
        NOT_ALLOWED, NOT_FOUND, CONFLICT
    }

    private final Reason reason;
    private final String key;
    private final List<Object> arguments;

    DataIssueRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(english);
        this.reason = reason;
        this.key = "data-issue.refused." + key;
        this.arguments = List.of(arguments);
    }

    static DataIssueRefusedException notAllowed(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.NOT_ALLOWED, key, english, arguments);
    }

    static DataIssueRefusedException notFound(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.NOT_FOUND, key, english, arguments);
    }

    static DataIssueRefusedException conflict(String key, String english, Object... arguments) {
        return new DataIssueRefusedException(Reason.CONFLICT, key, english, arguments);
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
