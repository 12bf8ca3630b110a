package kr.seoul.smartcity.civic.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;

/** One of Seoul's major statistics (주요 통계): a value in a year, from a source. */
public record CityStatistic(
        String code,
        String nameKo,
        String nameEn,
        double value,
        String unitKo,
        String unitEn,
        int year,
        String source,
        int sortOrder,
        DisclosureClass disclosure)
        implements Disclosed {

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String unit(Locale locale) {
        return "en".equals(locale.getLanguage()) ? unitEn : unitKo;
    }
}
