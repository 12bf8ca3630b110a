package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Combine;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Field;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ObservationMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant FETCHED = Instant.parse("2026-11-30T05:07:00Z");
    private static final Instant AT_14 =
            LocalDateTime.of(2026, 11, 30, 14, 0).atZone(Seoul.ZONE).toInstant();
    private static final String GANGNAM = SeoulDistrict.GANGNAM.code();
    private static final String JONGNO = SeoulDistrict.JONGNO.code();

    private static final SourceMapping AIR = new SourceMapping(
            Field.time("yyyyMMddHHmm", "MSRMT_DT", "MSRDT"),
            Field.of("MSRSTN_NM", "MSRSTE_NM"),
            List.of(SourceMapping.Value.of("AIR_PM25", "FPM", "PM25").combined(Combine.LAST, Combine.AVERAGE)),
            null);

    @Test
    void eachDistrictsValueAndTheCityAverageFromRowsWithCurrentOrOldFieldNames() {
        ObservationMapper.Mapped mapped = ObservationMapper.map(AIR, rows("""
                [{"MSRSTN_NM":"강남구","MSRMT_DT":"202611301400","FPM":"20"},
                 {"MSRSTE_NM":"종로구","MSRDT":"202611301400","PM25":"10"}]"""), Map.of("AIR_PM25", true), FETCHED);

        assertThat(mapped.observations())
                .containsExactlyInAnyOrder(
                        new ObservationInput("AIR_PM25", GANGNAM, AT_14, 20),
                        new ObservationInput("AIR_PM25", JONGNO, AT_14, 10),
                        new ObservationInput("AIR_PM25", null, AT_14, 15));
        assertThat(mapped.rejected()).isEmpty();
        assertThat(mapped.broken()).isFalse();
    }

    @Test
    void aRowThatCannotBeUsedIsRejectedWithItsReasonAndTheOthersStillCount() {
        ObservationMapper.Mapped mapped = ObservationMapper.map(AIR, rows("""
                [{"MSRSTN_NM":"강남구","MSRMT_DT":"202611301400","FPM":"20"},
                 {"MSRSTN_NM":"시청앞","MSRMT_DT":"202611301400","FPM":"30"},
                 {"MSRSTN_NM":"종로구","MSRMT_DT":"어제","FPM":"30"},
                 {"MSRSTN_NM":"종로구","MSRMT_DT":"202611301400","FPM":"점검중"}]"""), Map.of("AIR_PM25", true), FETCHED);

        assertThat(mapped.observations())
                .extracting(ObservationInput::districtCode)
                .containsExactlyInAnyOrder(GANGNAM, null);
        assertThat(mapped.rejected())
                .extracting(ObservationMapper.Rejected::row)
                .containsExactly(2, 3, 4);
        assertThat(mapped.rejected().get(0).reason()).contains("unknown district \"시청앞\"");
        assertThat(mapped.rejected().get(1).reason()).contains("no time (MSRMT_DT/MSRDT)");
        assertThat(mapped.rejected().get(2).reason()).contains("\"점검중\" is not a number");
        assertThat(mapped.broken()).isFalse();
    }

    @Test
    void aValueFieldRenamedUpstreamBreaksTheMappingAndSaysWhichFieldAndWhatTheRowsHave() {
        ObservationMapper.Mapped mapped = ObservationMapper.map(AIR, rows("""
                [{"MSRSTN_NM":"강남구","MSRMT_DT":"202611301400","PM25_VAL":"20"}]"""), Map.of("AIR_PM25", true), FETCHED);

        assertThat(mapped.broken()).isTrue();
        assertThat(mapped.problem())
                .contains("field missing upstream")
                .contains("AIR_PM25: no row has FPM or PM25")
                .contains("fields seen: MSRSTN_NM, MSRMT_DT, PM25_VAL");
    }

    @Test
    void rowsWithoutATimeAreRejectedForTheTimeNotReportedAsAMissingValueField() {
        ObservationMapper.Mapped mapped = ObservationMapper.map(AIR, rows("""
                [{"MSRSTN_NM":"강남구","FPM":"20"}]"""), Map.of("AIR_PM25", true), FETCHED);

        assertThat(mapped.missingFields()).isEmpty();
        assertThat(mapped.problem())
                .contains("none of the 1 rows could be mapped")
                .contains("no time (MSRMT_DT/MSRDT)");
    }

    @Test
    void noRowsIsNotBroken() {
        ObservationMapper.Mapped mapped = ObservationMapper.map(AIR, List.of(), Map.of("AIR_PM25", true), FETCHED);

        assertThat(mapped.broken()).isFalse();
        assertThat(mapped.observations()).isEmpty();
    }

    @Test
    void codeTablesTurnPlacesIntoDistrictsAndTextIntoNumbersAndPointersReachIntoRows() {
        SourceMapping congestion = new SourceMapping(
                Field.time("yyyy-MM-dd HH:mm", "PPLTN_TIME"),
                new Field(List.of("AREA_NM"), null, Map.of("강남역", "강남구", "광화문·덕수궁", "11110")),
                List.of(
                        new SourceMapping.Value(
                                "HOTSPOT_CONGESTION",
                                List.of("AREA_CONGEST_LVL"),
                                1,
                                0,
                                Map.of("여유", 1.0, "보통", 2.0, "약간 붐빔", 3.0, "붐빔", 4.0),
                                Combine.MAX,
                                Combine.MAX),
                        new SourceMapping.Value(
                                "HOTSPOT_FORECAST_MAX",
                                List.of("/FCST_PPLTN/0/FCST_PPLTN_MAX"),
                                0.001,
                                0,
                                Map.of(),
                                Combine.SUM,
                                Combine.SUM)),
                null);

        ObservationMapper.Mapped mapped = ObservationMapper.map(
                congestion, rows("""
                [{"AREA_NM":"강남역","PPLTN_TIME":"2026-11-30 14:00","AREA_CONGEST_LVL":"약간 붐빔",
                  "FCST_PPLTN":[{"FCST_TIME":"2026-11-30 15:00","FCST_PPLTN_MAX":"42000"}]},
                 {"AREA_NM":"광화문·덕수궁","PPLTN_TIME":"2026-11-30 14:00","AREA_CONGEST_LVL":"붐빔",
                  "FCST_PPLTN":[{"FCST_TIME":"2026-11-30 15:00","FCST_PPLTN_MAX":"18000"}]}]"""), Map.of("HOTSPOT_CONGESTION", false, "HOTSPOT_FORECAST_MAX", false), FETCHED);

        assertThat(mapped.observations())
                .containsExactlyInAnyOrder(
                        new ObservationInput("HOTSPOT_CONGESTION", null, AT_14, 4),
                        new ObservationInput("HOTSPOT_FORECAST_MAX", null, AT_14, 60));
    }

    @Test
    void countingRowsPerDistrictAndTheCitySumWithAFilterAndTheTimeOfTheFetch() {
        SourceMapping events = new SourceMapping(
                Field.time("NOW"),
                Field.of("GUNAME"),
                List.of(new SourceMapping.Value(
                        "CULTURE_EVENTS", List.of(), 1, 0, Map.of(), Combine.COUNT, Combine.SUM)),
                new SourceMapping.Filter(List.of("IS_FREE"), List.of("무료")));

        ObservationMapper.Mapped mapped =
                ObservationMapper.map(events, rows("""
                [{"GUNAME":"강남구","IS_FREE":"무료"},{"GUNAME":"강남구","IS_FREE":"무료"},
                 {"GUNAME":"강남구","IS_FREE":"유료"},{"GUNAME":"종로구","IS_FREE":"무료"}]"""), Map.of("CULTURE_EVENTS", true), FETCHED);

        assertThat(mapped.observations())
                .containsExactlyInAnyOrder(
                        new ObservationInput("CULTURE_EVENTS", GANGNAM, FETCHED, 2),
                        new ObservationInput("CULTURE_EVENTS", JONGNO, FETCHED, 1),
                        new ObservationInput("CULTURE_EVENTS", null, FETCHED, 3));
    }

    @Test
    void aCountOfNoRowsAtTheTimeOfTheFetchIsZero() {
        SourceMapping messages = new SourceMapping(
                Field.time("NOW"),
                null,
                List.of(new SourceMapping.Value(
                        "DISASTER_MSG", List.of(), 1, 0, Map.of(), Combine.COUNT, Combine.NONE)),
                new SourceMapping.Filter(List.of("EMRG_STEP_NM"), List.of("긴급재난")));

        ObservationMapper.Mapped mapped =
                ObservationMapper.map(messages, rows("""
                [{"EMRG_STEP_NM":"안전안내"}]"""), Map.of("DISASTER_MSG", false), FETCHED);

        assertThat(mapped.observations()).containsExactly(new ObservationInput("DISASTER_MSG", null, FETCHED, 0));
        assertThat(ObservationMapper.map(messages, List.of(), Map.of("DISASTER_MSG", false), FETCHED)
                        .observations())
                .containsExactly(new ObservationInput("DISASTER_MSG", null, FETCHED, 0));
    }

    @Test
    void aCitywideIndicatorFromDistrictRowsGetsOnlyTheCityValueAtTheLatestTime() {
        SourceMapping bikes = new SourceMapping(
                Field.time("yyyy-MM-dd HH:mm:ss", "TIME"),
                Field.of("GU"),
                List.of(SourceMapping.Value.of("BIKES", "N").combined(Combine.SUM, Combine.SUM)),
                null);

        ObservationMapper.Mapped mapped = ObservationMapper.map(bikes, rows("""
                [{"GU":"11680","TIME":"2026-11-30 13:00:00.0","N":"1,000"},
                 {"GU":"11680","TIME":"2026-11-30 14:00:00.0","N":"5"},
                 {"GU":"11680","TIME":"2026-11-30 14:00:00.0","N":"7"},
                 {"GU":"11110","TIME":"2026-11-30 14:00:00.0","N":"3"}]"""), Map.of("BIKES", false), FETCHED);

        assertThat(mapped.observations()).containsExactly(new ObservationInput("BIKES", null, AT_14, 15));
    }

    @Test
    void timesInTheFormatsFeedsUse() {
        assertThat(ObservationMapper.parseTime("yyyyMMdd", "20261130"))
                .contains(
                        LocalDateTime.of(2026, 11, 30, 0, 0).atZone(Seoul.ZONE).toInstant());
        assertThat(ObservationMapper.parseTime("yyyyMM", "202611"))
                .contains(LocalDateTime.of(2026, 11, 1, 0, 0).atZone(Seoul.ZONE).toInstant());
        assertThat(ObservationMapper.parseTime("ISO", "2026-11-30T05:00:00Z"))
                .contains(Instant.parse("2026-11-30T05:00:00Z"));
        assertThat(ObservationMapper.parseTime("ISO", "2026-11-30T14:00")).contains(AT_14);
        assertThat(ObservationMapper.parseTime("ISO", "2026-11-30 14:00:00")).contains(AT_14);
        assertThat(ObservationMapper.parseTime("ISO", "2026-11-30"))
                .contains(
                        LocalDateTime.of(2026, 11, 30, 0, 0).atZone(Seoul.ZONE).toInstant());
        assertThat(ObservationMapper.parseTime("EPOCH_MILLIS", "1764478800000"))
                .contains(Instant.ofEpochMilli(1764478800000L));
        assertThat(ObservationMapper.parseTime("yyyyMMddHHmm", "2026-11-30")).isEmpty();
    }

    private static List<JsonNode> rows(String json) {
        List<JsonNode> rows = new java.util.ArrayList<>();
        JSON.readTree(json).forEach(rows::add);
        return rows;
    }
}
