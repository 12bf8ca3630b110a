package kr.seoul.smartcity.cityfeed.service;

import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.DataSourceStore;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Combine;
import kr.seoul.smartcity.cityfeed.domain.SourceMapping.Field;
import kr.seoul.smartcity.cityfeed.domain.SourceRequest;
import kr.seoul.smartcity.cityfeed.domain.SourceRun;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.domain.SourceHealthStore;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Declared sources of every kind, read by the real fetcher and mapping into the real ingest: a Seoul Open Data
 * service, JSON and CSV over HTTP, a department database over JDBC, a dropped file; who may declare them; their
 * versions; and one fetch per period however many instances poll.
 */
class DeclaredSourcesIT extends ReplayedFeeds {

    private static final Viewer ADMIN = new Viewer(Role.ADMIN, "DIGITAL");
    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");
    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Instant AT =
            LocalDateTime.of(2001, 5, 2, 9, 0).atZone(Seoul.ZONE).toInstant();
    private static final SourceMapping AIR = new SourceMapping(
            Field.time("yyyyMMddHHmm", "MSRMT_DT", "MSRDT"),
            Field.of("MSRSTN_NM", "MSRSTE_NM"),
            List.of(SourceMapping.Value.of("AIR_PM25", "FPM", "PM25").combined(Combine.LAST, Combine.AVERAGE)),
            null);

    @Autowired
    DeclaredSources sources;

    @Autowired
    DeclaredSourceRunner runner;

    @Autowired
    DeclaredSourcePoller poller;

    @Autowired
    DataSourceStore store;

    @Autowired
    SourceHealthStore health;

    @Autowired
    SourceFetcher fetcher;

    @Autowired
    Environment environment;

    @Test
    void aSeoulServiceIsDryRunThenRunAndARenamedFieldMakesItUnhealthyWithTheReason() {
        String path = "/json/DeclaredAirTest/";
        replay.on(path, Reply.json("""
                {"DeclaredAirTest":{"list_total_count":2,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},
                 "row":[{"MSRSTN_NM":"강남구","MSRMT_DT":"200105020900","FPM":"20"},
                        {"MSRSTN_NM":"한강공원","MSRMT_DT":"200105020900","FPM":"30"},
                        {"MSRSTN_NM":"종로구","MSRMT_DT":"200105020900","FPM":"12"}]}}"""));
        DataSource declared = sources.save(
                CLIMATE,
                "climate",
                new DataSource(
                        "declared-air-test",
                        SourceKind.SEOUL_OPEN_DATA,
                        SourceRequest.seoul("DeclaredAirTest"),
                        AIR,
                        10,
                        "city.sources.seoul.key",
                        false,
                        "CLIMATE",
                        "시험",
                        0,
                        null,
                        null));

        DeclaredSourceRunner.DryRun dry = runner.dryRun(declared);

        assertThat(dry.ok()).as(dry.problem()).isTrue();
        assertThat(dry.fetched().raw()).contains("DeclaredAirTest").doesNotContain(SEOUL_KEY);
        assertThat(dry.mapped().observations()).hasSize(3);
        assertThat(dry.mapped().rejected())
                .singleElement()
                .satisfies(rejected -> assertThat(rejected.reason()).contains("unknown district \"한강공원\""));
        assertThat(valuesAt("AIR_PM25", SeoulDistrict.GANGNAM.code(), AT))
                .as("a dry run records nothing")
                .isEmpty();
        assertThat(replay.requests(path))
                .extracting(ReplayServer.Request::path)
                .containsExactly("/seoul/" + SEOUL_KEY + path + "1/1000/");

        SourceRun run = poller.runNow("declared-air-test");

        assertThat(run.ok()).as(run.error()).isTrue();
        assertThat(run.observations()).isEqualTo(3);
        assertThat(run.error()).contains("1 of 3 rows not mapped");
        assertThat(valuesAt("AIR_PM25", SeoulDistrict.GANGNAM.code(), AT)).containsExactly(20.0);
        assertThat(valuesAt("AIR_PM25", null, AT)).containsExactly(16.0);

        replay.on(path, Reply.json("""
                {"DeclaredAirTest":{"list_total_count":1,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},
                 "row":[{"MSRSTN_NM":"강남구","MSRMT_DT":"200105021000","PM25_CONC":"21"}]}}"""));

        SourceRun broken = poller.runNow("declared-air-test");

        assertThat(broken.ok()).isFalse();
        assertThat(broken.error())
                .contains("field missing upstream")
                .contains("FPM or PM25")
                .contains("PM25_CONC");
        assertThat(status("declared-air-test").failing()).isTrue();
        assertThat(sources.runs("declared-air-test", 10))
                .extracting(SourceRun::ok)
                .containsExactly(false, true);
        assertThat(health.failing()).as("the tiles of its indicators say so").anySatisfy(problem -> {
            assertThat(problem.source()).isEqualTo("declared-air-test");
            assertThat(problem.reason()).contains("FPM or PM25");
        });

        // switched off (it is): saved again, its tiles stop saying it fails
        sources.save(CLIMATE, "climate", sources.find("declared-air-test").orElseThrow());
        assertThat(health.failing()).noneMatch(problem -> problem.source().equals("declared-air-test"));
    }

    @Test
    void jsonOverHttpWithAKeyInTheQueryAndRowsFoundByAPointer() {
        String path = "/national/parks";
        replay.on(path, Reply.json("""
                {"response":{"header":{"resultCode":"00"},"body":{"items":{"item":[
                  {"baseDate":"2001-05-03","visitors":"12,345"}]}}}}"""));
        DataSource declared = sources.save(
                ADMIN,
                "admin",
                new DataSource(
                        "declared-json-test",
                        SourceKind.HTTP_JSON,
                        new SourceRequest(
                                null,
                                List.of(),
                                replay.url(path),
                                Map.of("serviceKey", "{key}", "type", "json"),
                                null,
                                "/response/body/items/item",
                                null,
                                null,
                                null,
                                null),
                        new SourceMapping(
                                Field.time("yyyy-MM-dd", "baseDate"),
                                null,
                                List.of(SourceMapping.Value.of("PARK_VISITORS", "visitors")),
                                null),
                        60,
                        "city.sources.safety.key",
                        false,
                        "CLIMATE",
                        null,
                        0,
                        null,
                        null));

        SourceRun run = poller.runNow(declared.name());

        assertThat(run.ok()).as(run.error()).isTrue();
        assertThat(valuesAt(
                        "PARK_VISITORS",
                        null,
                        LocalDateTime.of(2001, 5, 3, 0, 0).atZone(Seoul.ZONE).toInstant()))
                .containsExactly(12345.0);
        assertThat(replay.requests(path))
                .singleElement()
                .satisfies(request -> assertThat(request.rawPath())
                        .contains("serviceKey=" + SAFETY_KEY)
                        .contains("type=json"));
    }

    @Test
    void csvOverHttpAndAFileInTheDropFolderAndAnUpload() throws Exception {
        String csv = """
                자치구,일시,대여가능
                강남구,2001-05-04 08:00,40
                강남구,2001-05-04 08:00,2
                마포구,2001-05-04 08:00,7
                """;
        replay.on("/files/bikes.csv", new Reply(200, "text/csv; charset=utf-8", request -> csv));
        SourceMapping bikes = new SourceMapping(
                Field.time("yyyy-MM-dd HH:mm", "일시"),
                Field.of("자치구"),
                List.of(SourceMapping.Value.of("BIKE_AVAILABLE", "대여가능").combined(Combine.SUM, Combine.SUM)),
                null);
        Instant at = LocalDateTime.of(2001, 5, 4, 8, 0).atZone(Seoul.ZONE).toInstant();
        DataSource overHttp = sources.save(
                TRAFFIC,
                "traffic",
                new DataSource(
                        "declared-csv-test",
                        SourceKind.HTTP_CSV,
                        new SourceRequest(
                                null,
                                List.of(),
                                replay.url("/files/bikes.csv"),
                                Map.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        bikes,
                        60,
                        null,
                        false,
                        "TRAFFIC",
                        null,
                        0,
                        null,
                        null));

        assertThat(poller.runNow(overHttp.name()).ok()).isTrue();
        assertThat(valuesAt("BIKE_AVAILABLE", SeoulDistrict.GANGNAM.code(), at)).containsExactly(42.0);
        assertThat(valuesAt("BIKE_AVAILABLE", null, at)).containsExactly(49.0);

        // a department's server sends EUC-KR without saying so; the source says it
        replay.on(
                "/files/bikes-euc-kr.csv",
                new Reply(200, "text/csv;bytes=EUC-KR", request -> csv.replace("08:00", "11:00")));
        DataSource eucKr = sources.save(
                TRAFFIC,
                "traffic",
                new DataSource(
                        "declared-csv-euc-kr",
                        SourceKind.HTTP_CSV,
                        new SourceRequest(
                                null,
                                List.of(),
                                replay.url("/files/bikes-euc-kr.csv"),
                                Map.of(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                "EUC-KR"),
                        bikes,
                        60,
                        null,
                        false,
                        "TRAFFIC",
                        null,
                        0,
                        null,
                        null));
        SourceRun read = poller.runNow(eucKr.name());
        assertThat(read.ok()).as(read.error()).isTrue();
        assertThat(valuesAt("BIKE_AVAILABLE", SeoulDistrict.MAPO.code(), at.plusSeconds(3 * 3600)))
                .containsExactly(7.0);

        Files.createDirectories(FILE_DROP.resolve("bikes"));
        Files.writeString(
                FILE_DROP.resolve("bikes/2001-05-04.csv"),
                csv.replace("08:00", "09:00"),
                java.nio.charset.Charset.forName("EUC-KR"));
        DataSource dropped = sources.save(
                TRAFFIC,
                "traffic",
                new DataSource(
                        "declared-file-test",
                        SourceKind.FILE,
                        new SourceRequest(null, List.of(), "bikes", Map.of(), null, null, null, null, null, "EUC-KR"),
                        bikes,
                        60,
                        null,
                        false,
                        "TRAFFIC",
                        null,
                        0,
                        null,
                        null));

        assertThat(poller.runNow(dropped.name()).ok()).isTrue();
        assertThat(valuesAt("BIKE_AVAILABLE", SeoulDistrict.MAPO.code(), at.plusSeconds(3600)))
                .containsExactly(7.0);

        DataSource outside = new DataSource(
                "declared-file-outside",
                SourceKind.FILE,
                new SourceRequest(null, List.of(), "../../etc", Map.of(), null, null, null, null, null, null),
                bikes,
                60,
                null,
                false,
                "TRAFFIC",
                null,
                0,
                null,
                null);
        assertThat(runner.dryRun(outside).problem()).contains("drop folder");

        byte[] file = csv.replace("08:00", "10:00").getBytes(java.nio.charset.Charset.forName("EUC-KR"));
        assertThatThrownBy(() -> sources.upload(CLIMATE, "climate", dropped.name(), file, "upload-test"))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.refused()).isTrue());
        SourceRun uploaded = sources.upload(TRAFFIC, "traffic", dropped.name(), file, "upload-test");
        assertThat(uploaded.ok()).as(uploaded.error()).isTrue();
        assertThat(valuesAt("BIKE_AVAILABLE", SeoulDistrict.GANGNAM.code(), at.plusSeconds(7200)))
                .containsExactly(42.0);
    }

    @Test
    void aDepartmentDatabaseIsReadInAReadOnlyTransaction() {
        String url = environment.getRequiredProperty("spring.flyway.url");
        String user = environment.getRequiredProperty("spring.flyway.user");
        DataSource declared = sources.save(
                CLIMATE,
                "climate",
                new DataSource(
                        "declared-jdbc-test",
                        SourceKind.JDBC,
                        new SourceRequest(null, List.of(), url, Map.of(), null, null, """
                        SELECT DATE '2001-05-05' AS supply_date, v.supplied FROM (VALUES (3120.5)) AS v(supplied)""", user, null, null),
                        new SourceMapping(
                                Field.time("ISO", "supply_date"),
                                null,
                                List.of(SourceMapping.Value.of("WATER_SUPPLY", "supplied")),
                                null),
                        1440,
                        null,
                        false,
                        "CLIMATE",
                        null,
                        0,
                        null,
                        null));

        SourceRun run = poller.runNow(declared.name());

        assertThat(run.ok()).as(run.error()).isTrue();
        assertThat(valuesAt(
                        "WATER_SUPPLY",
                        null,
                        LocalDateTime.of(2001, 5, 5, 0, 0).atZone(Seoul.ZONE).toInstant()))
                .containsExactly(3120.5);

        DataSource writing = new DataSource(
                "declared-jdbc-writes",
                SourceKind.JDBC,
                new SourceRequest(
                        null,
                        List.of(),
                        url,
                        Map.of(),
                        null,
                        null,
                        "SELECT nextval('observation_id_seq') AS n, now() AS t",
                        user,
                        null,
                        null),
                declared.mapping(),
                1440,
                null,
                false,
                "CLIMATE",
                null,
                0,
                null,
                null);
        assertThat(runner.dryRun(writing).problem()).contains("read-only transaction");

        assertThatThrownBy(() -> sources.save(
                        CLIMATE,
                        "climate",
                        new DataSource(
                                "declared-jdbc-delete",
                                SourceKind.JDBC,
                                new SourceRequest(
                                        null,
                                        List.of(),
                                        url,
                                        Map.of(),
                                        null,
                                        null,
                                        "DELETE FROM observation",
                                        user,
                                        null,
                                        null),
                                declared.mapping(),
                                1440,
                                null,
                                false,
                                "CLIMATE",
                                null,
                                0,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidSourceException.Problem::field)
                                .contains("sql"));
    }

    @Test
    void officialsDeclareSourcesOfTheirOwnDepartmentOnlyAndEveryChangeIsAVersion() {
        DataSource declared = new DataSource(
                "declared-rights-test",
                SourceKind.SEOUL_OPEN_DATA,
                SourceRequest.seoul("RightsTest"),
                AIR,
                10,
                "city.sources.seoul.key",
                false,
                "CLIMATE",
                null,
                0,
                null,
                null);

        assertThatThrownBy(() -> sources.save(TRAFFIC, "traffic", declared))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.refused()).isTrue());
        assertThatThrownBy(() -> sources.save(new Viewer(Role.MAYOR, null), "mayor", declared))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.refused()).isTrue());
        assertThatThrownBy(() -> sources.save(
                        TRAFFIC,
                        "traffic",
                        new DataSource(
                                "declared-rights-test2",
                                SourceKind.SEOUL_OPEN_DATA,
                                SourceRequest.seoul("RightsTest"),
                                AIR,
                                10,
                                null,
                                false,
                                "TRAFFIC",
                                null,
                                0,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.getMessage()).contains("AIR_PM25 belongs to CLIMATE"));

        DataSource saved = sources.save(CLIMATE, "climate", declared);
        DataSource changed = sources.save(
                CLIMATE,
                "climate2",
                new DataSource(
                        saved.name(),
                        saved.kind(),
                        saved.request(),
                        saved.mapping(),
                        30,
                        saved.credential(),
                        false,
                        saved.owningDepartment(),
                        "바뀜",
                        saved.version(),
                        null,
                        null));

        assertThat(changed.version()).isEqualTo(2);
        assertThatThrownBy(() -> sources.save(CLIMATE, "climate", saved))
                .isInstanceOfSatisfying(
                        InvalidSourceException.class,
                        e -> assertThat(e.getMessage()).contains("Someone else changed"));
        assertThat(sources.versions(saved.name()))
                .extracting(DataSourceStore.SourceVersion::changedBy, DataSourceStore.SourceVersion::change)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("climate2", "UPDATED"),
                        org.assertj.core.groups.Tuple.tuple("climate", "CREATED"));
        assertThat(sources.versions(saved.name()).getFirst().definition()).contains("\"everyMinutes\": 30");
    }

    @Test
    void twoInstancesPollingTogetherFetchEachDueSourceOnce() throws Exception {
        String path = "/json/OnePollerTest/";
        replay.on(path, Reply.json("""
                {"OnePollerTest":{"list_total_count":1,"RESULT":{"CODE":"INFO-000","MESSAGE":"정상 처리되었습니다"},
                 "row":[{"MSRSTN_NM":"강남구","MSRMT_DT":"200105060900","FPM":"9"}]}}"""));
        sources.save(
                CLIMATE,
                "climate",
                new DataSource(
                        "declared-one-poller",
                        SourceKind.SEOUL_OPEN_DATA,
                        SourceRequest.seoul("OnePollerTest"),
                        AIR,
                        10,
                        "city.sources.seoul.key",
                        true,
                        "CLIMATE",
                        null,
                        0,
                        null,
                        null));
        DeclaredSourcePoller other =
                new DeclaredSourcePoller(sources, runner, store, context.getBean(CityFeedProperties.class));
        other.start();
        try {
            for (int round = 0; round < 3; round++) {
                List<String> due = List.of("declared-one-poller");
                CompletableFuture<Void> first = CompletableFuture.runAsync(() -> poller.claimAndRun(due));
                CompletableFuture<Void> second = CompletableFuture.runAsync(() -> other.claimAndRun(due));
                CompletableFuture.allOf(first, second).join();
            }
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> !sources.runs("declared-one-poller", 10).isEmpty());
            Thread.sleep(500);
        } finally {
            other.stop();
        }

        assertThat(replay.requests(path))
                .as("one call for the period, whichever instance made it")
                .hasSize(1);
        assertThat(sources.runs("declared-one-poller", 10))
                .singleElement()
                .satisfies(run -> assertThat(run.ok()).isTrue());
        assertThat(valuesAt(
                        "AIR_PM25",
                        SeoulDistrict.GANGNAM.code(),
                        LocalDateTime.of(2001, 5, 6, 9, 0).atZone(Seoul.ZONE).toInstant()))
                .containsExactly(9.0);
    }
}
