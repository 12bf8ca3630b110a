package kr.seoul.smartcity.citystatus.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** V115 turns the fixed catalogue into data in place: the 18 indicators stay, with their values and history. */
@CityIntegrationTest
class IndicatorCatalogMigrationIT {

    private static final List<String> ORIGINAL = List.of(
            "AIR_PM25",
            "AIR_PM10",
            "AIR_O3",
            "AIR_NO2",
            "WEATHER_TEMP",
            "ROAD_SPEED",
            "BIKE_AVAILABLE",
            "SUBWAY_WAIT",
            "HOTSPOT_CONGESTION",
            "LIVING_POP",
            "FIRE_DISPATCH",
            "DISASTER_MSG",
            "STAFF_ON_DUTY",
            "HANRIVER_TEMP",
            "WATER_SUPPLY",
            "PRICE_CPI",
            "BUDGET_EXECUTION",
            "PARK_VISITORS");

    @Autowired
    IndicatorCatalogueStore store;

    @Autowired
    ObservationStore observations;

    @Value("${spring.flyway.url}")
    String jdbcUrl;

    @Value("${spring.flyway.user}")
    String user;

    @Value("${spring.flyway.password:}")
    String password;

    @Test
    void theEighteenIndicatorsCarryTheirMetadataAndStartTheirHistory() {
        Map<String, CatalogueEntry> entries =
                store.entries().stream().collect(Collectors.toMap(CatalogueEntry::code, entry -> entry));
        assertThat(entries).containsKeys(ORIGINAL.toArray(String[]::new));
        for (String code : ORIGINAL) {
            CatalogueEntry entry = entries.get(code);
            assertThat(entry.metadata().summaryKo()).as(code).isNotBlank();
            assertThat(entry.metadata().summaryEn()).as(code).isNotBlank();
            assertThat(entry.metadata().descriptionKo()).as(code).isNotBlank();
            assertThat(entry.metadata().useCaseEn()).as(code).isNotBlank();
            assertThat(entry.metadata().sourceSystem()).as(code).isNotBlank();
            assertThat(entry.retired()).as(code).isFalse();
            assertThat(store.history(code)).as(code).last().satisfies(first -> {
                assertThat(first.kind()).isEqualTo(ChangeKind.CREATED);
                assertThat(first.changedBy()).isEqualTo("migration");
                assertThat(first.after())
                        .containsEntry("code", code)
                        .containsEntry("area", entry.indicator().area());
            });
        }
        assertThat(entries.get("AIR_O3").metadata().datasetUrl())
                .isEqualTo("https://data.seoul.go.kr/dataList/OA-2219/S/1/datasetView.do");
        assertThat(entries.get("ROAD_SPEED").metadata().datasetUrl())
                .isEqualTo("https://data.seoul.go.kr/dataList/OA-21285/A/1/datasetView.do");
        assertThat(entries.get("BIKE_AVAILABLE").metadata().datasetUrl())
                .isEqualTo("https://data.seoul.go.kr/dataList/OA-15493/A/1/datasetView.do");
        assertThat(entries.get("LIVING_POP").metadata().datasetUrl())
                .isEqualTo("https://data.seoul.go.kr/dataList/OA-14991/S/1/datasetView.do");
        assertThat(entries.get("HANRIVER_TEMP").metadata().datasetUrl())
                .isEqualTo("https://data.seoul.go.kr/dataList/OA-15488/S/1/datasetView.do");
        assertThat(entries.get("STAFF_ON_DUTY").metadata().datasetUrl()).isNull();
        assertThat(entries.get("AIR_PM25").indicator().area()).isEqualTo("AIR");
        assertThat(entries.get("FIRE_DISPATCH").indicator().area()).isEqualTo("SAFETY");
        assertThat(entries.get("LIVING_POP").indicator().area()).isEqualTo("POPULATION");
    }

    @Test
    void theIndicatorsTakeNewValuesAfterTheMigration() {
        Instant at = Instant.parse("2026-02-02T02:00:00Z");
        observations.save(List.of(new Observation("PARK_VISITORS", "", at, 1234, Origin.MANUAL, "test")));
        assertThat(observations.series(
                        "PARK_VISITORS", "", at.minus(Duration.ofMinutes(1)), at.plusSeconds(60), Resolution.RAW))
                .extracting(SeriesPoint::value)
                .containsExactly(1234.0);
    }

    /** On a copy of the schema as it was before: values recorded under V114 are all there after V115. */
    @Test
    void valuesRecordedBeforeTheMigrationAreKept() throws Exception {
        String schema = "catalogue_migration_check";
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            try {
                Flyway before = Flyway.configure()
                        .dataSource(jdbcUrl, user, password)
                        .schemas(schema)
                        .locations("classpath:db/migration")
                        .target("114")
                        .load();
                before.migrate();
                sql.execute("SET search_path TO " + schema);
                sql.execute("""
                        INSERT INTO observation (indicator_code, district_code, observed_at, value, origin)
                        SELECT 'AIR_PM25', '11110', timestamptz '2025-01-01 00:00+00' + n * interval '1 hour', n, 'FEED'
                        FROM generate_series(1, 48) AS n""");
                sql.execute("INSERT INTO alert_rule (indicator_code, comparison, threshold, severity) "
                        + "VALUES ('HANRIVER_TEMP', 'ABOVE', 29, 'WARNING')");

                Flyway.configure()
                        .dataSource(jdbcUrl, user, password)
                        .schemas(schema)
                        .locations("classpath:db/migration")
                        .target("115")
                        .load()
                        .migrate();

                assertThat(count(sql, "SELECT count(*) FROM observation WHERE indicator_code = 'AIR_PM25'"))
                        .isEqualTo(48);
                assertThat(count(sql, "SELECT sum(value)::int FROM observation"))
                        .isEqualTo(48 * 49 / 2);
                assertThat(count(sql, "SELECT count(*) FROM indicator")).isEqualTo(18);
                assertThat(count(sql, "SELECT count(*) FROM indicator WHERE summary_ko IS NOT NULL"))
                        .isEqualTo(18);
                assertThat(count(sql, "SELECT count(*) FROM indicator_change WHERE kind = 'CREATED'"))
                        .isEqualTo(18);
                assertThat(count(sql, "SELECT count(*) FROM indicator_area")).isEqualTo(10);
                assertThat(count(sql, "SELECT count(*) FROM alert_rule WHERE indicator_code = 'HANRIVER_TEMP'"))
                        .isEqualTo(1);
                try (ResultSet row = sql.executeQuery(
                        "SELECT area, warn_at, owning_department FROM indicator " + "WHERE code = 'AIR_PM25'")) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getString(1)).isEqualTo("AIR");
                    assertThat(row.getDouble(2)).isEqualTo(35.0);
                    assertThat(row.getString(3)).isEqualTo("CLIMATE");
                }
                // the area is now any area of the table: an indicator may join a new one
                sql.execute("UPDATE indicator SET area = 'CULTURE' WHERE code = 'PARK_VISITORS'");
            } finally {
                sql.execute("SET search_path TO public");
                sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
