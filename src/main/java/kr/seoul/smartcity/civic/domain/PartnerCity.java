package kr.seoul.smartcity.civic.domain;

import java.util.List;
import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/** A sister or friendship city of Seoul, where it is, since when, and the Seoul policies it took over. */
public record PartnerCity(
        String nameEn,
        String nameKo,
        String countryKo,
        String countryEn,
        Kind kind,
        int sinceYear,
        double latitude,
        double longitude,
        List<String> exports,
        DisclosureClass disclosure)
        implements Disclosed {

    public enum Kind implements Labelled {
        SISTER,
        FRIENDSHIP;

        @Override
        public String labelKey() {
            return "profile.partner." + name();
        }
    }

    public PartnerCity {
        exports = List.copyOf(exports);
    }

    @Override
    public @Nullable String owningDepartment() {
        return null;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String country(Locale locale) {
        return "en".equals(locale.getLanguage()) ? countryEn : countryKo;
    }
}
