package kr.seoul.smartcity.directive.domain;

import java.nio.ByteBuffer;

import io.r2dbc.spi.Readable;

/** A stored file with its bytes, to download. */
public record StoredAttachment(String fileName, String type, byte[] content) {

    /** From a row of an attachment table (a directive's or a report's): file_name, file_type and content. */
    static StoredAttachment from(Readable row) {
        ByteBuffer buffer = row.get("content", ByteBuffer.class);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return new StoredAttachment(row.get("file_name", String.class), row.get("file_type", String.class), bytes);
    }

    public String contentType() {
        return switch (type) {
            case "PDF" -> "application/pdf";
            case "PNG" -> "image/png";
            case "JPEG" -> "image/jpeg";
            default -> "application/octet-stream";
        };
    }
}
