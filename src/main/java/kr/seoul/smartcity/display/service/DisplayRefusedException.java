package kr.seoul.smartcity.display.service;

/** A display or remote step that is not allowed or not possible, with the message key that says why. */
public class DisplayRefusedException extends RuntimeException {

    private final String messageKey;

    public DisplayRefusedException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
