package kr.seoul.smartcity.security.service;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without looking at the password: too many failures for this account or from this address.
 * Said the same way whether or not the account exists.
 */
public class SignInThrottledException extends LockedException {

    private final Duration remaining;

    public SignInThrottledException(Duration remaining) {
        super("Too many failed sign-ins; try again in " + remaining.toMinutes() + " min");
        this.remaining = remaining;
    }

    /** Whole minutes to wait, at least one. */
    public long minutes() {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }
}
