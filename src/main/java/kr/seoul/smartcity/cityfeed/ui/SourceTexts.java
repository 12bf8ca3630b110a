package kr.seoul.smartcity.cityfeed.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.domain.Seoul;
import org.jspecify.annotations.Nullable;

/** Times and durations of source runs as the admin screens write them. */
final class SourceTexts {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Seoul.ZONE);

    private SourceTexts() {}

    static String time(@Nullable Instant at) {
        return at == null ? "—" : TIME.format(at);
    }

    /** "every 5 minutes", "every 6 hours" */
    static String every(Component in, Duration every) {
        if (every.toMinutes() % 60 == 0) {
            return in.getTranslation("sources.interval.hours", every.toHours());
        }
        return in.getTranslation("sources.interval.minutes", every.toMinutes());
    }

    /** A lag or a run's length, rounded to what a reader needs. */
    static String duration(Component in, Duration duration) {
        if (duration.toSeconds() < 120) {
            return in.getTranslation("data-sources.seconds", duration.toSeconds());
        }
        if (duration.toMinutes() < 120) {
            return in.getTranslation("data-sources.minutes", duration.toMinutes());
        }
        if (duration.toHours() < 48) {
            return in.getTranslation("data-sources.hours", duration.toHours());
        }
        return in.getTranslation("data-sources.days", duration.toDays());
    }
}
