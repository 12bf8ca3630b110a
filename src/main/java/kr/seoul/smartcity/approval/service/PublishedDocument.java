package kr.seoul.smartcity.approval.service;

import java.time.Instant;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import org.jspecify.annotations.Nullable;

/**
 * A finally approved document open to citizens (원문공개). PUBLIC ones carry their body; PARTIAL ones only their
 * title and particulars (the body is released on request, after redaction); PRIVATE ones are never published.
 */
public record PublishedDocument(
        long id,
        String number,
        String title,
        String departmentCode,
        Instant approvedAt,
        DisclosureLevel disclosure,
        @Nullable String body) {}
