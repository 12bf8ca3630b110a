package kr.seoul.smartcity.civic.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A person as far as proposals are concerned: the SHA-256 of the token that identifies them, so that nothing personal
 * is stored and each person supports a proposal once. Where the token comes from is the caller's choice (see
 * {@code civic.ui.SupporterToken}).
 */
public record SupporterKey(String hash) {

    public SupporterKey {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A supporter key is 64 hex digits");
        }
    }

    public static SupporterKey of(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("A supporter needs an identity");
        }
        try {
            return new SupporterKey(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
