package kr.seoul.smartcity.approval.domain;

/**
 * An action that may not happen now; the message key says why, in the UI's translations:
 * {@code approval.refused.stale} (someone acted since the caller looked), {@code .not-your-turn},
 * {@code .not-drafter}, {@code .wrong-state}, {@code .already-acted}, {@code .no-access}, {@code .invalid}.
 */
public class ApprovalRefusedException extends RuntimeException {

    public static final String STALE = "approval.refused.stale";
    public static final String NOT_YOUR_TURN = "approval.refused.not-your-turn";
    public static final String NOT_DRAFTER = "approval.refused.not-drafter";
    public static final String WRONG_STATE = "approval.refused.wrong-state";
    public static final String ALREADY_ACTED = "approval.refused.already-acted";
    public static final String NO_ACCESS = "approval.refused.no-access";
    public static final String INVALID = "approval.refused.invalid";
    public static final String DELEGATION_LOOP = "approval.refused.delegation-loop";

    private final String messageKey;

    public ApprovalRefusedException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
