package kr.seoul.smartcity.approval.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A 참조 or 공람 recipient; circulation recipients may mark the document read. */
public record Recipient(
        String username, RecipientKind kind, @Nullable Instant readAt) {}
