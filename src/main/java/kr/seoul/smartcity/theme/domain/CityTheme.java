package kr.seoul.smartcity.theme.domain;

import java.time.Instant;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;

/**
 * A theme page of civic affairs (걷는 서울, 일자리 서울 …): its titles and introductions, where it comes in the list,
 * whether it is published and to whom. {@code version} grows with every save, so that two editors do not overwrite
 * each other unknowingly.
 */
public record CityTheme(
        String slug,
        String titleKo,
        String titleEn,
        String introKo,
        String introEn,
        int sortOrder,
        boolean published,
        DisclosureClass disclosure,
        String updatedBy,
        Instant updatedAt,
        int version)
        implements Disclosed {

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleKo;
    }

    public String intro(Locale locale) {
        return "en".equals(locale.getLanguage()) && !introEn.isBlank() ? introEn : introKo;
    }
}
