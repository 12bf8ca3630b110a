package kr.seoul.smartcity.base.ui;

import com.vaadin.flow.server.streams.FileUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;

/**
 * Upload handlers that the server holds to a size and a number of files. The upload component's own
 * {@code maxFileSize} is only checked in the browser; a request made without it is refused here before a byte of an
 * oversized file is kept (Flow answers it with an error and calls no callback).
 */
public final class LimitedUploads {

    /** Room for the multipart headers around the files. */
    private static final long ENVELOPE = 64 * 1024;

    private LimitedUploads() {}

    /** Files of at most {@code maxBytes}, at most {@code maxFiles} in one request, received into memory. */
    public static InMemoryUploadHandler inMemory(long maxBytes, int maxFiles, InMemoryUploadCallback callback) {
        return new InMemoryUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes * maxFiles + ENVELOPE;
            }

            @Override
            public long getFileCountMax() {
                return maxFiles;
            }
        };
    }

    /** One file of at most {@code maxBytes}, received into a temporary file. */
    public static TemporaryFileUploadHandler toTempFile(long maxBytes, FileUploadCallback callback) {
        return new TemporaryFileUploadHandler(callback) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + ENVELOPE;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }
}
