package kr.seoul.smartcity.citystatus.service;

import java.util.List;

/**
 * A step on the catalogue that is not taken: not this person's to take, about something unknown, or not possible
 * in the state it is in. The key ({@code catalogue.refused.*}) with its arguments says why on screen.
 */
public class CatalogueRefusedException extends RuntimeException {

    /** Why, as an API answers it: forbidden (403), not found (404), or in conflict with the current state (409). */
    public enum Reason {
        NOT_ALLOWED, NOT_FOUND, CONFLICT
    }

    private final Reason reason;
    private final String key;
    private final List<Object> arguments;

    CatalogueRefusedException(Reason reason, String key, String english, Object... arguments) {
        super(english);
        this.reason = reason;
        this.key = "catalogue.refused." + key;
        this.arguments = List.of(arguments);
    }

    static CatalogueRefusedException notAllowed(String key, String english, Object... arguments) {
        return new CatalogueRefusedException(Reason.NOT_ALLOWED, key, english, arguments);
    }

    static CatalogueRefusedException notFound(String code) {
        return new CatalogueRefusedException(Reason.NOT_FOUND, "unknown", "There is no indicator or area " + code, code);
    }

    static CatalogueRefusedException conflict(String key, String english, Object... arguments) {
        return new CatalogueRefusedException(Reason.CONFLICT, key, english, arguments);
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
