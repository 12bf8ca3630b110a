package kr.seoul.smartcity.directive.domain;

/**
 * A step that may not be taken now or by this person; the key says why, for the UI
 * ({@code directive.refused.*}).
 */
public class DirectiveRefusedException extends RuntimeException {

    private final String messageKey;

    public DirectiveRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
