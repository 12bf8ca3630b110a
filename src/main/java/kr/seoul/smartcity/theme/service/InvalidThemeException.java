package kr.seoul.smartcity.theme.service;

/**
 * A theme that cannot be saved, or an editor who may not save it; the message key (with its arguments) says why, in
 * the UI's translations.
 */
public class InvalidThemeException extends IllegalArgumentException {

    private final String messageKey;
    private final transient Object[] arguments;

    InvalidThemeException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
