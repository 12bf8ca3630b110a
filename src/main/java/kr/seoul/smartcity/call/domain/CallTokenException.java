package kr.seoul.smartcity.call.domain;

/** A call token that cannot be used. */
public class CallTokenException extends RuntimeException {

    public enum Reason {
        NOT_YOURS,
        USED,
        EXPIRED,
        UNKNOWN
    }

    private final Reason reason;

    public CallTokenException(Reason reason) {
        super(
                switch (reason) {
                    case NOT_YOURS -> "This call token was issued to someone else";
                    case USED -> "This call token has been used already";
                    case EXPIRED -> "This call token has run out";
                    case UNKNOWN -> "No such call token";
                });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
