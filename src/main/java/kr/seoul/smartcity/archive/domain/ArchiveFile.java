package kr.seoul.smartcity.archive.domain;

import org.jspecify.annotations.Nullable;

/** A file of an archive item without its bytes: what lists and the API show. */
public record ArchiveFile(
        long id,
        long itemId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        ExtractionStatus extractionStatus,
        @Nullable String extractionError) {}
