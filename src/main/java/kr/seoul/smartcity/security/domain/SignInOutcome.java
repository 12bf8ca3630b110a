package kr.seoul.smartcity.security.domain;

/** What happened at a sign-in, or to an account. */
public enum SignInOutcome {
    SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, SIGNED_OUT, PASSWORD_CHANGED, PASSWORD_RESET, ACCOUNT_DISABLED,
    ACCOUNT_ENABLED;

    public String labelKey() {
        return "signin.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
