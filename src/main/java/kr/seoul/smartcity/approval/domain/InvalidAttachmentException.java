package kr.seoul.smartcity.approval.domain;

import org.springframework.modulith.NamedInterface;

/**
 * A file that may not be attached; the key says why: {@code approval.attachment.empty}, {@code .too-large},
 * {@code .type-not-allowed}, {@code .content-mismatch}.
 */
@NamedInterface("model")
public class InvalidAttachmentException extends IllegalArgumentException {

    private final String messageKey;

    public InvalidAttachmentException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
