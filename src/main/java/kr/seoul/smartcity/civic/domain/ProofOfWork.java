package kr.seoul.smartcity.civic.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A small piece of work a browser does before its support counts: find a nonce such that SHA-256 of
 * {@code challenge + ":" + nonce} (UTF-8) starts with {@code bits} zero bits. A person does it once, in well under a
 * second; a script adding supports in a loop does it for every one.
 */
public final class ProofOfWork {

    private ProofOfWork() {}

    public static boolean satisfies(String challenge, String nonce, int bits) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > 32) {
            return false;
        }
        return leadingZeroBits(sha256(challenge + ":" + nonce)) >= bits;
    }

    /** Finds a nonce; what the browser does, for tests and tools. */
    public static String solve(String challenge, int bits) {
        for (long nonce = 0; ; nonce++) {
            String candidate = Long.toString(nonce, 36);
            if (satisfies(challenge, candidate, bits)) {
                return candidate;
            }
        }
    }

    static int leadingZeroBits(byte[] digest) {
        int bits = 0;
        for (byte b : digest) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
