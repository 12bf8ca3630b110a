package kr.seoul.smartcity.security.service;

/** An account change that may not happen; the message key says why, in the UI's translations. */
public class AccountRefusedException extends RuntimeException {

    private final String messageKey;

    AccountRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
