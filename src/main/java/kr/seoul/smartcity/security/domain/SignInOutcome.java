package kr.seoul.smartcity.security.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** What happened at a sign-in, or to an account. */
public enum SignInOutcome implements Labelled {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    SIGNED_OUT,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED;

    @Override
    public String labelKey() {
        return "signin.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
