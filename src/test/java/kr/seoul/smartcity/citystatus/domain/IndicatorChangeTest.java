package kr.seoul.smartcity.citystatus.domain;

import java.time.Instant;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The history says which fields a change touched, from what to what. */
class IndicatorChangeTest {

    private static final Instant AT = Instant.parse("2026-12-04T01:00:00Z");

    private static CatalogueEntry entry(String unit, Double warnAt, DisclosureClass disclosure, String summary) {
        return new CatalogueEntry(
                new Indicator(
                        "AIR_SO2",
                        "아황산가스",
                        "Sulphur dioxide",
                        unit,
                        "AIR",
                        "",
                        60,
                        disclosure,
                        "CLIMATE",
                        true,
                        true,
                        warnAt,
                        0.15,
                        3,
                        15),
                new IndicatorMetadata(summary, null, null, null, null, null, null, null, null, null, null),
                false,
                null,
                1,
                "admin",
                AT);
    }

    @Test
    void onlyTheFieldsThatDifferAreListedWithTheirOldAndNewValue() {
        CatalogueEntry before = entry("ppm", 0.05, DisclosureClass.INTERNAL, null);
        CatalogueEntry after = entry("ppb", 0.05, DisclosureClass.RESTRICTED, "짧은 설명");
        IndicatorChange change = new IndicatorChange(
                1, "AIR_SO2", 2, ChangeKind.UPDATED, "admin", AT, before.snapshot(), after.snapshot());
        assertThat(change.fieldChanges())
                .containsExactly(
                        new FieldChange("unit", "ppm", "ppb"),
                        new FieldChange("disclosure", "INTERNAL", "RESTRICTED"),
                        new FieldChange("summaryKo", null, "짧은 설명"));
    }

    @Test
    void numbersAreWrittenWithoutATrailingZeroSoThatAnUnchangedNumberIsNoChange() {
        assertThat(entry("ppm", 35.0, DisclosureClass.INTERNAL, null).snapshot().get("warnAt"))
                .isEqualTo("35");
        assertThat(entry("ppm", 0.09, DisclosureClass.INTERNAL, null).snapshot().get("warnAt"))
                .isEqualTo("0.09");
        CatalogueEntry same = entry("ppm", 0.05, DisclosureClass.INTERNAL, "");
        IndicatorChange none = new IndicatorChange(
                1,
                "AIR_SO2",
                2,
                ChangeKind.UPDATED,
                "admin",
                AT,
                entry("ppm", 0.05, DisclosureClass.INTERNAL, null).snapshot(),
                same.snapshot());
        assertThat(none.fieldChanges()).isEmpty();
    }
}
