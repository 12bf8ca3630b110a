package kr.seoul.smartcity.citystatus.service;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as a person typed it, on screen or through the API: checked by {@link IndicatorRules} before it is
 * saved. Missing numbers are {@code null}; {@code sortOrder} defaults to 100, {@code source} to none,
 * {@code perDistrict} to no and {@code higherIsWorse} to yes.
 */
public record IndicatorDraft(
        @Nullable String code,
        @Nullable String nameKo,
        @Nullable String nameEn,
        @Nullable String unit,
        @Nullable String area,
        @Nullable String owningDepartment,
        @Nullable DisclosureClass disclosure,
        @Nullable String source,
        @Nullable Integer updateMinutes,
        @Nullable Boolean perDistrict,
        @Nullable Boolean higherIsWorse,
        @Nullable Double warnAt,
        @Nullable Double dangerAt,
        @Nullable Integer decimals,
        @Nullable Integer sortOrder,
        @Nullable IndicatorMetadata metadata) {

    public static final int DEFAULT_SORT_ORDER = 100;

    /** The same draft with text stripped, blank texts as none and no metadata as empty metadata. */
    IndicatorDraft tidy() {
        IndicatorMetadata m = metadata == null ? IndicatorMetadata.NONE : metadata;
        return new IndicatorDraft(
                text(code),
                text(nameKo),
                text(nameEn),
                text(unit),
                text(area),
                text(owningDepartment),
                disclosure,
                text(source),
                updateMinutes,
                Boolean.TRUE.equals(perDistrict),
                !Boolean.FALSE.equals(higherIsWorse),
                warnAt,
                dangerAt,
                decimals,
                sortOrder,
                new IndicatorMetadata(
                        text(m.summaryKo()),
                        text(m.summaryEn()),
                        text(m.descriptionKo()),
                        text(m.descriptionEn()),
                        text(m.useCaseKo()),
                        text(m.useCaseEn()),
                        text(m.sourceSystem()),
                        text(m.datasetUrl()),
                        text(m.contributors()),
                        text(m.timeRange()),
                        text(m.licence())));
    }

    private static @Nullable String text(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
