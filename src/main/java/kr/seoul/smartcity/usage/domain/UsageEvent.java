package kr.seoul.smartcity.usage.domain;

import java.time.Instant;
import java.util.Objects;

import kr.seoul.smartcity.directory.domain.Role;
import org.jspecify.annotations.Nullable;

/**
 * One use of the platform: what, when, on which device, for how long, and by whom — a member of staff who agreed to
 * be recorded, or nobody (a citizen, counted only in hourly totals).
 *
 * @param subject what was used: a route ({@code approval/document/:id}), a widget ({@code wall/wall-map}), a command's
 *                target ({@code DASHBOARD:traffic}) or a kiosk's station
 * @param durationMillis how long a screen stayed open; 0 when not measured
 */
public record UsageEvent(
        Instant at,
        UsageKind kind,
        String subject,
        DeviceKind device,
        long durationMillis,
        @Nullable String username,
        @Nullable Role role,
        @Nullable String station) {

    public UsageEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        subject = subject == null ? "" : subject.length() > 200 ? subject.substring(0, 200) : subject;
        durationMillis = Math.max(0, durationMillis);
    }

    /** A citizen's use: no name, no role; it is only ever counted. */
    public boolean anonymous() {
        return username == null;
    }
}
