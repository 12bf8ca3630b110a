package kr.seoul.smartcity.civic.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;

/** A civic-affairs index (시정지표): what it measures, in which unit, which way is better, and who owns it. */
public record CivicIndex(
        String code,
        CivicTheme theme,
        String nameKo,
        String nameEn,
        String definitionKo,
        String definitionEn,
        String unit,
        String departmentCode,
        Direction direction,
        boolean perDistrict,
        DisclosureClass disclosure,
        int sortOrder)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String definition(Locale locale) {
        return "en".equals(locale.getLanguage()) ? definitionEn : definitionKo;
    }
}
