package kr.seoul.smartcity.call.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The ticket that lets one person connect to one call's media, once. It is bound to the user it was issued to,
 * runs out after a short while, and cannot be used twice.
 */
public record CallToken(
        String value,
        long callId,
        String username,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {

    /**
     * Uses the token.
     *
     * @return the token marked as used at {@code now}
     * @throws CallTokenException if it belongs to another user or call, was used before, or has run out
     */
    public CallToken redeem(long call, String user, Instant now) {
        if (callId != call || !username.equals(user)) {
            throw new CallTokenException(CallTokenException.Reason.NOT_YOURS);
        }
        if (usedAt != null) {
            throw new CallTokenException(CallTokenException.Reason.USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new CallTokenException(CallTokenException.Reason.EXPIRED);
        }
        return new CallToken(value, callId, username, issuedAt, expiresAt, now);
    }
}
