package kr.seoul.smartcity.civic.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/** A mayoral pledge (공약): what was promised, who carries it out, how far it has come, and where, if it has a place. */
public record Pledge(
        String code,
        String titleKo,
        String titleEn,
        ProjectSector sector,
        String departmentCode,
        double progress,
        Status status,
        @Nullable String districtCode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        DisclosureClass disclosure)
        implements Disclosed {

    public enum Status implements Labelled {
        PLANNED,
        ON_TRACK,
        DELAYED,
        DONE;

        @Override
        public String labelKey() {
            return "pledge.status." + name();
        }
    }

    @Override
    public String owningDepartment() {
        return departmentCode;
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleKo;
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
