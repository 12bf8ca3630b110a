package kr.seoul.smartcity.archive.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * One file to send: its particulars and its bytes, read from PostgreSQL a part at a time as they are sent, so that a
 * large file is never held in memory whole.
 */
public record FileContent(
        long fileId,
        long itemId,
        String fileName,
        String contentType,
        String sha256,
        long size,
        Supplier<InputStream> opener) {

    /** The bytes from the start; skipping ahead costs nothing. */
    public InputStream open() {
        return opener.get();
    }

    /** All bytes at once: for small files only, such as the archived text of a document. */
    public byte[] readAll() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
