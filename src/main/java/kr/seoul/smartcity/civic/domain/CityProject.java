package kr.seoul.smartcity.civic.domain;

import java.util.Locale;

import kr.seoul.smartcity.base.domain.Disclosed;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A key city project (핵심사업): what it is, what it costs (in million won), where it is, who runs it and whom to
 * contact. {@code archiveTag} is the archive tag its documents carry.
 */
@NamedInterface("model")
public record CityProject(
        String code,
        String nameKo,
        String nameEn,
        String outlineKo,
        String outlineEn,
        ProjectSector sector,
        long budgetMillion,
        String departmentCode,
        String contactName,
        String contactPhone,
        @Nullable String districtCode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String archiveTag,
        DisclosureClass disclosure)
        implements Disclosed {

    @Override
    public String owningDepartment() {
        return departmentCode;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameKo;
    }

    public String outline(Locale locale) {
        return "en".equals(locale.getLanguage()) ? outlineEn : outlineKo;
    }

    public boolean located() {
        return latitude != null && longitude != null;
    }
}
