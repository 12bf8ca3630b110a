package kr.seoul.smartcity.call.service;

import kr.seoul.smartcity.base.domain.Labelled;

/** A call that cannot be made or joined, with the reason people are told. */
public class CallRefusedException extends RuntimeException {

    public enum Reason implements Labelled {
        /** The caller or the person called may not take part in calls (citizens, disabled accounts). */
        NOT_ALLOWED,
        /** A department has nobody on duty to call. */
        NOBODY_ON_DUTY,
        /** The call or room is over. */
        OVER,
        /** This person was not called and it is not a room. */
        NOT_INVITED,
        /** A room needs a name. */
        NO_NAME;

        @Override
        public String labelKey() {
            return "call.refused." + name().toLowerCase().replace('_', '-');
        }
    }

    private final Reason reason;

    public CallRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
