package kr.seoul.smartcity.notice.service;

/** A draft that cannot be posted; the message key says why, in the UI's translations. */
public class InvalidNoticeException extends IllegalArgumentException {

    private final String messageKey;

    InvalidNoticeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
