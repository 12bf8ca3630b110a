package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an indicator must be to enter the catalogue, field by field. */
class IndicatorRulesTest {

    private static final List<IndicatorArea> AREAS = List.of(
            new IndicatorArea("AIR", "환경·대기", "Environment and air", "ENVI", 30, false),
            new IndicatorArea("OLD", "옛 분야", "Old area", "REGI", 200, true));
    private static final List<String> DEPARTMENTS = List.of("CLIMATE", "TRAFFIC");

    private static IndicatorDraft good() {
        return new IndicatorDraft(
                "AIR_SO2",
                "아황산가스",
                "Sulphur dioxide",
                "ppm",
                "AIR",
                "CLIMATE",
                DisclosureClass.INTERNAL,
                "RealtimeCityAir",
                60,
                true,
                true,
                0.05,
                0.15,
                3,
                15,
                new IndicatorMetadata(
                        "짧은 설명",
                        "Short",
                        null,
                        null,
                        null,
                        null,
                        "서울 열린데이터광장",
                        "https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do",
                        "기후환경본부",
                        "2025-",
                        "공공누리 제1유형"));
    }

    private static List<String> fieldsWithProblems(IndicatorDraft draft) {
        return IndicatorRules.check(draft.tidy(), AREAS, DEPARTMENTS).stream()
                .map(FieldProblem::field)
                .toList();
    }

    @Test
    void aCompleteIndicatorPasses() {
        assertThat(IndicatorRules.check(good().tidy(), AREAS, DEPARTMENTS)).isEmpty();
    }

    @Test
    void everyMissingRequiredFieldIsNamed() {
        IndicatorDraft empty = new IndicatorDraft(
                " ", "", null, " ", null, null, null, null, null, false, true, null, null, null, null, null);
        assertThat(fieldsWithProblems(empty))
                .containsExactlyInAnyOrder(
                        "code",
                        "nameKo",
                        "nameEn",
                        "unit",
                        "area",
                        "owningDepartment",
                        "disclosure",
                        "updateMinutes",
                        "decimals");
    }

    @Test
    void theCodeIsCapitalLettersDigitsAndUnderscoreStartingWithALetter() {
        assertThat(fieldsWithProblems(withCode("air_so2"))).containsExactly("code");
        assertThat(fieldsWithProblems(withCode("9AIR"))).containsExactly("code");
        assertThat(fieldsWithProblems(withCode("A"))).containsExactly("code");
        assertThat(fieldsWithProblems(withCode("A" + "B".repeat(48)))).containsExactly("code");
        assertThat(fieldsWithProblems(withCode("AIR-SO2"))).containsExactly("code");
        assertThat(fieldsWithProblems(withCode("A2_B"))).isEmpty();
    }

    @Test
    void updateMinutesMustBePositiveAndDecimalsZeroToSix() {
        IndicatorDraft d = good();
        assertThat(fieldsWithProblems(new IndicatorDraft(
                        d.code(),
                        d.nameKo(),
                        d.nameEn(),
                        d.unit(),
                        d.area(),
                        d.owningDepartment(),
                        d.disclosure(),
                        d.source(),
                        0,
                        d.perDistrict(),
                        d.higherIsWorse(),
                        d.warnAt(),
                        d.dangerAt(),
                        7,
                        d.sortOrder(),
                        d.metadata())))
                .containsExactlyInAnyOrder("updateMinutes", "decimals");
        assertThat(fieldsWithProblems(new IndicatorDraft(
                        d.code(),
                        d.nameKo(),
                        d.nameEn(),
                        d.unit(),
                        d.area(),
                        d.owningDepartment(),
                        d.disclosure(),
                        d.source(),
                        1,
                        d.perDistrict(),
                        d.higherIsWorse(),
                        d.warnAt(),
                        d.dangerAt(),
                        6,
                        d.sortOrder(),
                        d.metadata())))
                .isEmpty();
    }

    @Test
    void theDangerLevelLiesBeyondTheWarningLevelInTheDirectionThatIsWorse() {
        assertThat(fieldsWithProblems(withThresholds(true, 75.0, 35.0))).containsExactly("dangerAt");
        assertThat(fieldsWithProblems(withThresholds(true, 35.0, 35.0))).containsExactly("dangerAt");
        assertThat(fieldsWithProblems(withThresholds(true, 35.0, 75.0))).isEmpty();
        assertThat(fieldsWithProblems(withThresholds(false, 15.0, 20.0))).containsExactly("dangerAt");
        assertThat(fieldsWithProblems(withThresholds(false, 20.0, 15.0))).isEmpty();
        assertThat(fieldsWithProblems(withThresholds(true, null, 15.0))).isEmpty();
        assertThat(IndicatorRules.check(withThresholds(false, 15.0, 20.0).tidy(), AREAS, DEPARTMENTS)
                        .getFirst()
                        .key())
                .isEqualTo("catalogue.problem.danger-below-warning");
    }

    @Test
    void theDatasetLinkIsAWebAddress() {
        assertThat(fieldsWithProblems(withDatasetUrl("javascript:alert(1)"))).containsExactly("datasetUrl");
        assertThat(fieldsWithProblems(withDatasetUrl("ftp://data.seoul.go.kr/x")))
                .containsExactly("datasetUrl");
        assertThat(fieldsWithProblems(withDatasetUrl("data.seoul.go.kr"))).containsExactly("datasetUrl");
        assertThat(fieldsWithProblems(withDatasetUrl("http://data.seoul.go.kr/x")))
                .isEmpty();
        assertThat(fieldsWithProblems(withDatasetUrl("  "))).isEmpty();
    }

    @Test
    void theAreaMustExistAndBeInUseAndTheDepartmentMustExist() {
        IndicatorDraft d = good();
        assertThat(IndicatorRules.check(
                        new IndicatorDraft(
                                        d.code(),
                                        d.nameKo(),
                                        d.nameEn(),
                                        d.unit(),
                                        "OLD",
                                        "NOWHERE",
                                        d.disclosure(),
                                        d.source(),
                                        d.updateMinutes(),
                                        d.perDistrict(),
                                        d.higherIsWorse(),
                                        d.warnAt(),
                                        d.dangerAt(),
                                        d.decimals(),
                                        d.sortOrder(),
                                        d.metadata())
                                .tidy(),
                        AREAS,
                        DEPARTMENTS))
                .extracting(FieldProblem::key)
                .containsExactly("catalogue.problem.area-retired", "catalogue.problem.department-unknown");
        assertThat(fieldsWithProblems(new IndicatorDraft(
                        d.code(),
                        d.nameKo(),
                        d.nameEn(),
                        d.unit(),
                        "NONE",
                        d.owningDepartment(),
                        d.disclosure(),
                        d.source(),
                        d.updateMinutes(),
                        d.perDistrict(),
                        d.higherIsWorse(),
                        d.warnAt(),
                        d.dangerAt(),
                        d.decimals(),
                        d.sortOrder(),
                        d.metadata())))
                .containsExactly("area");
    }

    @Test
    void textsLongerThanTheirLimitAreNamed() {
        IndicatorDraft d = good();
        assertThat(fieldsWithProblems(new IndicatorDraft(
                        d.code(),
                        "가".repeat(201),
                        d.nameEn(),
                        "m".repeat(25),
                        d.area(),
                        d.owningDepartment(),
                        d.disclosure(),
                        d.source(),
                        d.updateMinutes(),
                        d.perDistrict(),
                        d.higherIsWorse(),
                        d.warnAt(),
                        d.dangerAt(),
                        d.decimals(),
                        d.sortOrder(),
                        new IndicatorMetadata(
                                "s".repeat(301), null, null, null, null, null, null, null, null, null, null))))
                .containsExactly("nameKo", "unit", "summaryKo");
    }

    private static IndicatorDraft withCode(String code) {
        IndicatorDraft d = good();
        return new IndicatorDraft(
                code,
                d.nameKo(),
                d.nameEn(),
                d.unit(),
                d.area(),
                d.owningDepartment(),
                d.disclosure(),
                d.source(),
                d.updateMinutes(),
                d.perDistrict(),
                d.higherIsWorse(),
                d.warnAt(),
                d.dangerAt(),
                d.decimals(),
                d.sortOrder(),
                d.metadata());
    }

    private static IndicatorDraft withThresholds(boolean higherIsWorse, Double warn, Double danger) {
        IndicatorDraft d = good();
        return new IndicatorDraft(
                d.code(),
                d.nameKo(),
                d.nameEn(),
                d.unit(),
                d.area(),
                d.owningDepartment(),
                d.disclosure(),
                d.source(),
                d.updateMinutes(),
                d.perDistrict(),
                higherIsWorse,
                warn,
                danger,
                d.decimals(),
                d.sortOrder(),
                d.metadata());
    }

    private static IndicatorDraft withDatasetUrl(String url) {
        IndicatorDraft d = good();
        IndicatorMetadata m = d.metadata();
        return new IndicatorDraft(
                d.code(),
                d.nameKo(),
                d.nameEn(),
                d.unit(),
                d.area(),
                d.owningDepartment(),
                d.disclosure(),
                d.source(),
                d.updateMinutes(),
                d.perDistrict(),
                d.higherIsWorse(),
                d.warnAt(),
                d.dangerAt(),
                d.decimals(),
                d.sortOrder(),
                new IndicatorMetadata(
                        m.summaryKo(),
                        m.summaryEn(),
                        m.descriptionKo(),
                        m.descriptionEn(),
                        m.useCaseKo(),
                        m.useCaseEn(),
                        m.sourceSystem(),
                        url,
                        m.contributors(),
                        m.timeRange(),
                        m.licence()));
    }
}
