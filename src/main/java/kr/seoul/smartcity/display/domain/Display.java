package kr.seoul.smartcity.display.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * A screen opened as a display (a wall screen, a TV): its pairing code, the account it is signed in with (none for a
 * public screen), what it shows, who steered it last, and the remotes paired with it.
 */
public record Display(
        UUID id,
        String code,
        @Nullable String ownerUsername,
        @Nullable Role ownerRole,
        @Nullable String ownerDepartment,
        @Nullable String shownPath,
        @Nullable String shownLabel,
        @Nullable String steeredBy,
        @Nullable String steeredByName,
        @Nullable Instant steeredAt,
        Instant createdAt,
        List<Remote> remotes) {

    public Display {
        remotes = List.copyOf(remotes);
    }

    public boolean pairedWith(String username) {
        return remotes.stream().anyMatch(remote -> remote.username().equals(username));
    }

    /** A phone or tablet paired with a display, by the member of staff holding it. */
    public record Remote(String username, String displayName, Instant pairedAt) {}
}
