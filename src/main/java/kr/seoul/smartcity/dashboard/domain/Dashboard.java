package kr.seoul.smartcity.dashboard.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A named grid of widgets with a perspective. A department's dashboard names its department, a personal one its
 * owner. One open to the public shows citizens its public widgets (a citizens' or kiosk dashboard holds nothing
 * else). With a rotation period it can run as a playlist, one page at a time.
 */
public record Dashboard(
        String slug,
        String nameKo,
        String nameEn,
        Perspective perspective,
        @Nullable String departmentCode,
        @Nullable String owner,
        boolean openToPublic,
        @Nullable Integer rotateSeconds,
        Layout layout,
        int version,
        String updatedBy,
        Instant updatedAt) {

    public Dashboard {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(layout, "layout");
        openToPublic = openToPublic || perspective.publicOnly();
    }

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public Dashboard withLayout(Layout newLayout) {
        return new Dashboard(
                slug,
                nameKo,
                nameEn,
                perspective,
                departmentCode,
                owner,
                openToPublic,
                rotateSeconds,
                newLayout,
                version,
                updatedBy,
                updatedAt);
    }
}
