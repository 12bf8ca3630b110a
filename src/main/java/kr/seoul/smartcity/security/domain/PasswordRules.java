package kr.seoul.smartcity.security.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: long rather than complicated (NIST SP 800-63B), at least {@value #MIN_LENGTH} characters
 * as the first administrator's, not the username, and typed the same twice.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {}

    /** The message key of what is wrong with the password, if anything. */
    public static Optional<String> problem(String username, String password, String repeated) {
        String value = password == null ? "" : password;
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            return Optional.of("account.password.too-short");
        }
        if (value.length() > MAX_LENGTH) {
            return Optional.of("account.password.too-long");
        }
        if (value.isBlank() || value.chars().distinct().count() < 4) {
            return Optional.of("account.password.too-simple");
        }
        if (username != null
                && !username.isBlank()
                && value.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.contains-username");
        }
        if (!value.equals(repeated)) {
            return Optional.of("account.password.mismatch");
        }
        return Optional.empty();
    }
}
