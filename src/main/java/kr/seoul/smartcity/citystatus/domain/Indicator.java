package kr.seoul.smartcity.citystatus.domain;

import java.time.Duration;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Something the city measures, with how to judge it: above {@code warnAt} it is a warning and above
 * {@code dangerAt} a danger (below, when lower is worse). {@code area} is the code of its {@link IndicatorArea}, the
 * tab it is shown on; {@code source} names the data source that feeds it ({@code ""} when none does).
 */
@NamedInterface("model")
public record Indicator(
        String code,
        String nameKo,
        String nameEn,
        String unit,
        String area,
        String source,
        int updateMinutes,
        DisclosureClass disclosure,
        String owningDepartment,
        boolean perDistrict,
        boolean higherIsWorse,
        @Nullable Double warnAt,
        @Nullable Double dangerAt,
        int decimals,
        int sortOrder)
        implements Disclosed {

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }

    public Duration updateFrequency() {
        return Duration.ofMinutes(updateMinutes);
    }

    /** Data older than three update periods is stale and marked so. */
    public Duration staleAfter() {
        return updateFrequency().multipliedBy(3);
    }

    public Level levelOf(double value) {
        if (dangerAt != null && worseThanOrEqual(value, dangerAt)) {
            return Level.DANGER;
        }
        if (warnAt != null && worseThanOrEqual(value, warnAt)) {
            return Level.WARNING;
        }
        return Level.NORMAL;
    }

    private boolean worseThanOrEqual(double value, double limit) {
        return higherIsWorse ? value >= limit : value <= limit;
    }

    /** The status colour of a value. */
    public enum Level implements Labelled {
        NORMAL,
        WARNING,
        DANGER;

        @Override
        public String labelKey() {
            return "level." + name().toLowerCase(Locale.ROOT);
        }
    }
}
