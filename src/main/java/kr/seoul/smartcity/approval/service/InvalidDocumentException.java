package kr.seoul.smartcity.approval.service;

/**
 * A document that cannot be saved or submitted as written; the key says why: {@code approval.error.title-required},
 * {@code .title-too-long}, {@code .body-too-long}, {@code .reason-required}, {@code .department-required}.
 */
public class InvalidDocumentException extends IllegalArgumentException {

    private final String messageKey;

    InvalidDocumentException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
