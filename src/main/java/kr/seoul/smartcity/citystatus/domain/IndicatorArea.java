package kr.seoul.smartcity.citystatus.domain;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

/**
 * A policy area of the catalogue (재난·안전, 교통, ...): a tab of the city status. {@code euTheme} is the EU data
 * theme the open data catalogue files its indicators under (ENVI, TRAN, JUST, ECON, GOVE, SOCI, EDUC, ...).
 * A retired area takes no new indicators and is no longer offered.
 */
@NamedInterface("model")
public record IndicatorArea(String code, String nameKo, String nameEn, String euTheme, int sortOrder, boolean retired) {

    public String name(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? nameKo : nameEn;
    }
}
