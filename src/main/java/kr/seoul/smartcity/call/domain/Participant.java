package kr.seoul.smartcity.call.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Someone in a call: the caller, someone called (invited), or an official who joined an open room uninvited.
 */
public record Participant(
        long callId,
        String username,
        ParticipantState state,
        boolean invited,
        @Nullable Instant joinedAt,
        @Nullable Instant leftAt) {}
