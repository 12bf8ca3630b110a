package kr.seoul.smartcity.security.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the sign-in audit: who (the username typed, which may not exist), when, from which address and
 * browser, and what happened; {@code actor} is the administrator who acted on the account, if one did.
 */
public record SignInEvent(
        long id,
        String username,
        Instant at,
        String clientAddress,
        String userAgent,
        SignInOutcome outcome,
        @Nullable String actor) {}
