package kr.seoul.smartcity.citystatus.service;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityIntegrationTest
class DirectEntryIT {

    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");
    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");

    @Autowired
    DirectEntryService entry;

    @Autowired
    CityStatusService status;

    @Test
    void aGoodFileIsImportedWhole() {
        String csv = """
                indicator,district,observed_at,value
                HANRIVER_TEMP,,2025-06-01 10:00,21.5
                AIR_PM10,종로구,2025-06-01 10:00,33
                AIR_PM10,11140,2025-06-01T01:30:00Z,44
                """;
        assertThat(entry.importCsv(new StringReader(csv), CLIMATE, "박환경")).isEqualTo(3);
        assertThat(values("AIR_PM10", "11110", "2025-06-01T01:00:00Z")).containsExactly(33.0);
        assertThat(values("AIR_PM10", "11140", "2025-06-01T01:30:00Z")).containsExactly(44.0);
    }

    @Test
    void aFileWithABadLineReportsThatLineAndImportsNothing() {
        String csv = """
                indicator,district,observed_at,value
                AIR_PM25,11110,2025-07-01 10:00,30
                AIR_PM25,11110,2025-07-01 11:00,lots
                AIR_PM25,11110,2025-07-01 12:00,31
                """;
        assertThatThrownBy(() -> entry.importCsv(new StringReader(csv), CLIMATE, "박환경"))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.errors()).containsExactly(new CsvRowError(3, "Not a number: 'lots'")));
        assertThat(values("AIR_PM25", "11110", "2025-07-01T01:00:00Z")).isEmpty();
    }

    @Test
    void everyBadLineIsNamedInWordsAnOfficialUnderstands() {
        String csv = """
                indicator,district,observed_at,value
                NO_SUCH,,2025-07-01 10:00,1
                AIR_PM25,마포,2025-07-01 10:00,1
                AIR_PM25,99999,2025-07-01 10:00,1
                ROAD_SPEED,,2025-07-01 10:00,20
                HANRIVER_TEMP,11110,2025-07-01 10:00,20
                HANRIVER_TEMP,,yesterday,20
                """;
        assertThatThrownBy(() -> entry.importCsv(new StringReader(csv), CLIMATE, "박환경"))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.errors())
                                .extracting(CsvRowError::line)
                                .containsExactly(2L, 4L, 5L, 6L, 7L));
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRefused() {
        assertThatThrownBy(() -> entry.importCsv(new StringReader("code;value\nAIR_PM25;3\n"), CLIMATE, "x"))
                .isInstanceOfSatisfying(
                        CsvImportException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("Missing column"));
    }

    @Test
    void officialsEnterValuesOnlyForTheirOwnDepartmentsIndicators() {
        assertThat(entry.editableBy(TRAFFIC))
                .extracting(i -> i.code())
                .contains("ROAD_SPEED")
                .doesNotContain("AIR_PM25");
        assertThatThrownBy(() -> entry.enter(
                        TRAFFIC,
                        "이교통",
                        new ObservationInput("AIR_PM25", "11110", Instant.parse("2025-08-01T00:00:00Z"), 10)))
                .isInstanceOf(InvalidObservationException.class);
        entry.enter(
                TRAFFIC, "이교통", new ObservationInput("ROAD_SPEED", null, Instant.parse("2025-08-01T00:00:00Z"), 23.4));
        assertThat(status.history(
                        TRAFFIC,
                        "ROAD_SPEED",
                        "",
                        Instant.parse("2025-07-31T23:00:00Z"),
                        Instant.parse("2025-08-01T01:00:00Z")))
                .extracting(SeriesPoint::value)
                .containsExactly(23.4);
    }

    private List<Double> values(String indicator, String district, String at) {
        Instant time = Instant.parse(at);
        return status
                .history(new Viewer(Role.MAYOR, null), indicator, district, time.minusSeconds(1), time.plusSeconds(1))
                .stream()
                .map(SeriesPoint::value)
                .toList();
    }
}
