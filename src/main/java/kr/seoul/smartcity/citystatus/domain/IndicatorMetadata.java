package kr.seoul.smartcity.citystatus.domain;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What every public number carries besides its value: a short and a long description, what it is used for, the
 * system it comes from, the dataset it is published as, who made it, the time it covers, and its licence.
 */
@NamedInterface("model")
public record IndicatorMetadata(
        @Nullable String summaryKo,
        @Nullable String summaryEn,
        @Nullable String descriptionKo,
        @Nullable String descriptionEn,
        @Nullable String useCaseKo,
        @Nullable String useCaseEn,
        @Nullable String sourceSystem,
        @Nullable String datasetUrl,
        @Nullable String contributors,
        @Nullable String timeRange,
        @Nullable String licence) {

    public static final IndicatorMetadata NONE =
            new IndicatorMetadata(null, null, null, null, null, null, null, null, null, null, null);

    public @Nullable String summary(Locale locale) {
        return korean(locale) ? summaryKo : summaryEn;
    }

    public @Nullable String description(Locale locale) {
        return korean(locale) ? descriptionKo : descriptionEn;
    }

    private static boolean korean(Locale locale) {
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage());
    }
}
