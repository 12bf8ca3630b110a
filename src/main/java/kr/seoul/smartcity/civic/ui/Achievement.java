package kr.seoul.smartcity.civic.ui;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** How an achievement rate and a value look: a coloured badge (on track, close, behind) and locale numbers. */
final class Achievement {

    private Achievement() {}

    static String level(@Nullable Double rate) {
        if (rate == null) {
            return "none";
        }
        return rate >= 100 ? "met" : rate >= 90 ? "close" : "behind";
    }

    static Span badge(@Nullable Double rate, Locale locale) {
        Span badge = new Span(rate == null ? "—" : percent(rate, locale));
        badge.addClassNames("achievement", "achievement-" + level(rate));
        return badge;
    }

    static String percent(double rate, Locale locale) {
        return number(rate, locale) + "%";
    }

    static String number(@Nullable Double value, Locale locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value) >= 100 ? 0 : 1);
        return format.format(value);
    }
}
