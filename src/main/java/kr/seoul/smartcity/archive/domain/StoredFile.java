package kr.seoul.smartcity.archive.domain;

import org.jspecify.annotations.Nullable;

/** A file to store with an item: its bytes, checksum and the text extracted from it. */
public record StoredFile(
        String fileName,
        String contentType,
        byte[] content,
        String sha256,
        String extractedText,
        ExtractionStatus extractionStatus,
        @Nullable String extractionError) {}
