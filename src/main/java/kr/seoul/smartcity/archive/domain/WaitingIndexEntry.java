package kr.seoul.smartcity.archive.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An outbox entry that failed at least once: what it is for, how often it failed, why, and when it is tried next. */
public record WaitingIndexEntry(
        long itemId,
        OutboxEntry.Operation operation,
        int attempts,
        Instant nextAttemptAt,
        @Nullable String lastError) {}
