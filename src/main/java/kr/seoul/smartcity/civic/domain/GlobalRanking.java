package kr.seoul.smartcity.civic.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;

/** Seoul's place in an international city ranking in one year. */
public record GlobalRanking(
        String rankingKo, String rankingEn, String publisher, int year, int rank, int outOf, DisclosureClass disclosure)
        implements Disclosed {

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }

    public String ranking(Locale locale) {
        return "en".equals(locale.getLanguage()) ? rankingEn : rankingKo;
    }
}
