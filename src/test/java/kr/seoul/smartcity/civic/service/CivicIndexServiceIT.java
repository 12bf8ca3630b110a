package kr.seoul.smartcity.civic.service;

import java.io.StringReader;
import java.util.List;

import kr.seoul.smartcity.civic.domain.CivicTheme;
import kr.seoul.smartcity.civic.domain.IndexValue;
import kr.seoul.smartcity.civic.domain.ValueState;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Civic-affairs indices on the real PostgreSQL with the sample set of the embedded default. */
@CityIntegrationTest
class CivicIndexServiceIT {

    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");
    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    CivicIndexService civic;

    private static List<String> codes(List<ThemeSummary> overview) {
        return overview.stream()
                .flatMap(theme -> theme.indices().stream())
                .map(s -> s.index().code())
                .toList();
    }

    @Test
    void citizensSeePublicIndicesOnlyAndStaffSeeInternalOnesToo() {
        int year = civic.latestYear();
        List<ThemeSummary> citizen = civic.overview(Viewer.CITIZEN, year);
        List<ThemeSummary> mayor = civic.overview(MAYOR, year);
        assertThat(citizen).extracting(ThemeSummary::theme).containsExactly(CivicTheme.values());
        assertThat(codes(mayor)).hasSize(60).contains("SAFE_DRILLS", "OUT_OVERDUE");
        assertThat(codes(citizen)).hasSize(55).doesNotContain("SAFE_DRILLS", "OUT_OVERDUE");
        assertThat(civic.detail(Viewer.CITIZEN, "SAFE_DRILLS")).isEmpty();
        assertThat(civic.detail(MAYOR, "SAFE_DRILLS")).isPresent();
        assertThat(civic.showsSampleData()).isTrue();
    }

    @Test
    void aValueIsPublishedOnlyOnceAnotherMemberOfTheDepartmentConfirmsIt() {
        int year = civic.latestYear() + 1;
        civic.enter(TRAFFIC, "traffic", "BAL_BUS_SPEED", year, IndexValue.CITY, 20.0, 19.0);

        IndexValue seenByCitizen = yearOf(Viewer.CITIZEN, "BAL_BUS_SPEED", year);
        assertThat(seenByCitizen.actual()).as("not confirmed yet").isNull();
        assertThat(seenByCitizen.target()).isEqualTo(20.0);
        assertThat(yearOf(MAYOR, "BAL_BUS_SPEED", year).state()).isEqualTo(ValueState.ENTERED);

        assertThatThrownBy(() -> civic.confirm(TRAFFIC, "traffic", "BAL_BUS_SPEED", year, IndexValue.CITY))
                .isInstanceOfSatisfying(
                        InvalidIndexValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValueProblem::key)
                                .containsExactly("civic.problem.four-eyes"));
        assertThatThrownBy(() -> civic.confirm(CLIMATE, "climate", "BAL_BUS_SPEED", year, IndexValue.CITY))
                .isInstanceOfSatisfying(
                        InvalidIndexValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValueProblem::key)
                                .containsExactly("civic.problem.not-yours"));

        civic.confirm(TRAFFIC, "director", "BAL_BUS_SPEED", year, IndexValue.CITY);
        IndexValue confirmed = yearOf(Viewer.CITIZEN, "BAL_BUS_SPEED", year);
        assertThat(confirmed.actual()).isEqualTo(19.0);
        assertThat(confirmed.confirmedBy()).isEqualTo("director");
        assertThat(confirmed
                        .achievement(civic.detail(Viewer.CITIZEN, "BAL_BUS_SPEED")
                                .orElseThrow()
                                .index()
                                .direction())
                        .getAsDouble())
                .isEqualTo(95);
    }

    @Test
    void aCsvFileWithABadLineImportsNothingAndSaysWhichLines() {
        String csv = """
                index,year,district,target,actual
                BAL_CYCLE_LANES,2024,11110,60,58
                BAL_CYCLE_LANES,2024,어딘가구,60,58
                BAL_CYCLE_LANES,이천이십사,,1400,1390
                FUT_GHG,2024,,4000,4100
                """;
        double before = valueOf(TRAFFIC, "BAL_CYCLE_LANES", 2024);
        assertThatThrownBy(() -> civic.importCsv(new StringReader(csv), TRAFFIC, "traffic"))
                .isInstanceOfSatisfying(
                        InvalidIndexValueException.class,
                        e -> assertThat(e.problems())
                                .extracting(ValueProblem::line, ValueProblem::key)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(3L, "civic.problem.district"),
                                        org.assertj.core.groups.Tuple.tuple(4L, "civic.problem.year"),
                                        org.assertj.core.groups.Tuple.tuple(5L, "civic.problem.not-yours")));
        assertThat(valueOf(TRAFFIC, "BAL_CYCLE_LANES", 2024))
                .as("nothing imported")
                .isEqualTo(before);

        int imported = civic.importCsv(new StringReader("""
                index,year,district,target,actual
                BAL_CYCLE_LANES,2024,,1400,1391.5
                BAL_CYCLE_LANES,2024,종로구,60,57
                """), TRAFFIC, "traffic");
        assertThat(imported).isEqualTo(2);
        assertThat(yearOf(MAYOR, "BAL_CYCLE_LANES", 2024).actual()).isEqualTo(1391.5);
        assertThat(yearOf(MAYOR, "BAL_CYCLE_LANES", 2024).state()).isEqualTo(ValueState.ENTERED);
    }

    private IndexValue yearOf(Viewer viewer, String code, int year) {
        return civic.detail(viewer, code).orElseThrow().years().stream()
                .filter(v -> v.year() == year)
                .findFirst()
                .orElseThrow();
    }

    private double valueOf(Viewer viewer, String code, int year) {
        Double actual = yearOf(viewer, code, year).actual();
        return actual == null ? Double.NaN : actual;
    }
}
