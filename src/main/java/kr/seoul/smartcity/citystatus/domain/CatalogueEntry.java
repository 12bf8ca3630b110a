package kr.seoul.smartcity.citystatus.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as the catalogue keeps it: what screens use ({@link Indicator}), its metadata, whether it is retired
 * (kept with its history, shown nowhere), a disclosure waiting for approval, and its version with the last change.
 */
public record CatalogueEntry(
        Indicator indicator,
        IndicatorMetadata metadata,
        boolean retired,
        @Nullable PendingDisclosure pending,
        int version,
        @Nullable String updatedBy,
        Instant updatedAt) {

    public String code() {
        return indicator.code();
    }

    /**
     * Every field a person edits, as text in a fixed order: what a change keeps as before and after, and what the
     * history compares.
     */
    public Map<String, @Nullable String> snapshot() {
        Indicator i = indicator;
        IndicatorMetadata m = metadata;
        Map<String, @Nullable String> fields = new LinkedHashMap<>();
        fields.put("code", i.code());
        fields.put("nameKo", i.nameKo());
        fields.put("nameEn", i.nameEn());
        fields.put("unit", i.unit());
        fields.put("area", i.area());
        fields.put("owningDepartment", i.owningDepartment());
        fields.put("disclosure", i.disclosure().name());
        fields.put(
                "pendingDisclosure",
                pending == null ? null : pending.disclosure().name());
        fields.put("source", i.source());
        fields.put("updateMinutes", String.valueOf(i.updateMinutes()));
        fields.put("perDistrict", String.valueOf(i.perDistrict()));
        fields.put("higherIsWorse", String.valueOf(i.higherIsWorse()));
        fields.put("warnAt", number(i.warnAt()));
        fields.put("dangerAt", number(i.dangerAt()));
        fields.put("decimals", String.valueOf(i.decimals()));
        fields.put("sortOrder", String.valueOf(i.sortOrder()));
        fields.put("summaryKo", m.summaryKo());
        fields.put("summaryEn", m.summaryEn());
        fields.put("descriptionKo", m.descriptionKo());
        fields.put("descriptionEn", m.descriptionEn());
        fields.put("useCaseKo", m.useCaseKo());
        fields.put("useCaseEn", m.useCaseEn());
        fields.put("sourceSystem", m.sourceSystem());
        fields.put("datasetUrl", m.datasetUrl());
        fields.put("contributors", m.contributors());
        fields.put("timeRange", m.timeRange());
        fields.put("licence", m.licence());
        fields.put("retired", String.valueOf(retired));
        return Collections.unmodifiableMap(fields);
    }

    private static @Nullable String number(@Nullable Double value) {
        return value == null
                ? null
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
