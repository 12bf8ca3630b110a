package kr.seoul.smartcity.call.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A call between officials, or a named conference room ({@code roomName} set) that officials join.
 *
 * @param mediaSession the media server's session for it (OpenVidu's session id, or the built-in one)
 */
public record Call(
        long id,
        CallKind kind,
        CallMode mode,
        CallStatus status,
        String caller,
        @Nullable String roomName,
        CallContext context,
        @Nullable String mediaSession,
        Instant createdAt,
        @Nullable Instant answeredAt,
        @Nullable Instant endedAt) {

    public boolean room() {
        return roomName != null;
    }

    /** How long people talked: from the answer to the end (or to now while it goes on); empty if never answered. */
    public Optional<Duration> talkTime(Instant now) {
        if (answeredAt == null) {
            return Optional.empty();
        }
        Instant end = endedAt != null ? endedAt : now;
        return Optional.of(
                Duration.between(answeredAt, end).isNegative() ? Duration.ZERO : Duration.between(answeredAt, end));
    }
}
