package kr.seoul.smartcity.approval.domain;

import java.time.Instant;

/** A stored attachment without its bytes. */
public record AttachmentInfo(
        long id,
        long documentId,
        int version,
        String filename,
        AttachmentType type,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
