package kr.seoul.smartcity.cityfeed.service;

import org.jspecify.annotations.Nullable;

/**
 * A feed could not be read: it answered an error code, an unexpected shape, or not at all. The message names the
 * source and, where the feed gave one, its code; it never contains a key.
 */
public class FeedException extends RuntimeException {

    private final String source;
    private final @Nullable String code;
    private final boolean transientFailure;

    public FeedException(String source, String message) {
        this(source, null, message, false, null);
    }

    public FeedException(
            String source, @Nullable String code, String message, boolean transientFailure, @Nullable Throwable cause) {
        super(source + ": " + (code == null ? "" : code + " ") + message, cause);
        this.source = source;
        this.code = code;
        this.transientFailure = transientFailure;
    }

    public String source() {
        return source;
    }

    /** The feed's own result code (for example {@code INFO-100}), if it gave one. */
    public @Nullable String code() {
        return code;
    }

    /** Whether trying again may help (I/O, server errors), unlike a bad key or a bad request. */
    public boolean isTransient() {
        return transientFailure;
    }
}
