package kr.seoul.smartcity.citystatus.ui;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import org.springframework.modulith.NamedInterface;

/** How the city status writes numbers, times and places for a reader's language. */
@NamedInterface("ui")
public final class Formats {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Seoul.ZONE);

    private Formats() {}

    public static String value(Indicator indicator, double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(indicator.decimals());
        format.setMaximumFractionDigits(indicator.decimals());
        return format.format(value);
    }

    /**
     * The unit in the reader's language ("건" is "cases" in English); a unit the translations do not know (one typed
     * into the catalogue) as it was typed.
     */
    public static String unit(Component component, Indicator indicator) {
        String key = "unit." + indicator.unit();
        String translated = component.getTranslation(key);
        return translated.contains(key) ? indicator.unit() : translated;
    }

    /** A moment in Seoul time, to the minute, the same in every language: 2026-12-04 09:30. */
    public static String dateTime(Instant at) {
        return MINUTES.format(at);
    }

    public static String time(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(Seoul.ZONE)
                .format(at);
    }

    public static String district(String code, Locale locale) {
        return SeoulDistrict.byCode(code).map(d -> d.name(locale)).orElse(code);
    }

    /** "60분마다" / "every 60 min" as words for how often a source updates. */
    public static String frequencyKey(Indicator indicator) {
        return indicator.updateMinutes() >= 1440
                ? "tile.frequency.daily"
                : indicator.updateMinutes() >= 60 ? "tile.frequency.hourly" : "tile.frequency.minutes";
    }
}
