package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDateTime;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Seoul's real-time air quality read by the starter catalogue's declared source {@code RealtimeCityAir} (which
 * replaced a connector written in Java): each district, the city average, the field names used before the 2024
 * rename, no data, and a bad key.
 */
class DeclaredAirQualityIT extends ReplayedFeeds {

    private static final String AIR = "/seoul/" + SEOUL_KEY + "/json/RealtimeCityAir/";
    private static final Instant MEASURED =
            LocalDateTime.of(2001, 3, 15, 14, 0).atZone(Seoul.ZONE).toInstant();
    private static final Instant MEASURED_BEFORE_RENAME =
            LocalDateTime.of(2001, 3, 16, 15, 0).atZone(Seoul.ZONE).toInstant();

    @Test
    void eachDistrictAndTheCityAverageLandInTheCityStatus() {
        replay.on(AIR, Reply.file("seoul/air.json"));

        kr.seoul.smartcity.cityfeed.domain.SourceRun run = runDeclared("RealtimeCityAir");

        assertThat(run.ok()).as(run.error()).isTrue();
        assertThat(replay.requests(AIR)).extracting(ReplayServer.Request::path).containsExactly(AIR + "1/1000/");
        String jongno = SeoulDistrict.JONGNO.code();
        assertThat(valuesAt("AIR_PM25", jongno, MEASURED)).containsExactly(11.0);
        assertThat(valuesAt("AIR_PM10", jongno, MEASURED)).containsExactly(21.0);
        assertThat(valuesAt("AIR_O3", jongno, MEASURED)).containsExactly(0.021);
        assertThat(valuesAt("AIR_NO2", jongno, MEASURED)).containsExactly(0.031);
        assertThat(valuesAt("AIR_PM25", SeoulDistrict.GANGNAM.code(), MEASURED)).containsExactly(15.0);
        assertThat(valuesAt("AIR_PM25", null, MEASURED)).containsExactly(13.0);
        assertThat(valuesAt("AIR_PM10", null, MEASURED)).containsExactly(25.0);
        assertThat(valuesAt("AIR_NO2", null, MEASURED).getFirst()).isCloseTo(0.033, within(1e-9));

        SourceStatus status = status("RealtimeCityAir");
        assertThat(status.rowsLastRun()).isEqualTo(3);
        assertThat(status.failing()).isFalse();
        assertThat(status.enabled()).isTrue();
    }

    @Test
    void theFieldNamesUsedBeforeTheRenameAreReadToo() {
        replay.on(AIR, Reply.file("seoul/air-old-names.json"));

        assertThat(runDeclared("RealtimeCityAir").ok()).isTrue();

        assertThat(valuesAt("AIR_PM25", SeoulDistrict.MAPO.code(), MEASURED_BEFORE_RENAME))
                .containsExactly(17.0);
        assertThat(valuesAt("AIR_PM10", SeoulDistrict.MAPO.code(), MEASURED_BEFORE_RENAME))
                .containsExactly(32.0);
        assertThat(valuesAt("AIR_O3", SeoulDistrict.GURO.code(), MEASURED_BEFORE_RENAME))
                .containsExactly(0.014);
        assertThat(valuesAt("AIR_NO2", SeoulDistrict.GURO.code(), MEASURED_BEFORE_RENAME))
                .containsExactly(0.043);
        assertThat(valuesAt("AIR_PM25", null, MEASURED_BEFORE_RENAME)).containsExactly(18.0);
        assertThat(status("RealtimeCityAir").rowsLastRun()).isEqualTo(2);
    }

    @Test
    void noDataIsASuccessWithNoRows() {
        replay.on(AIR, Reply.file("seoul/no-data.json"));
        long totalBefore = status("RealtimeCityAir").rowsTotal();

        kr.seoul.smartcity.cityfeed.domain.SourceRun run = runDeclared("RealtimeCityAir");

        assertThat(run.ok()).isTrue();
        assertThat(run.rowsRead()).isZero();
        SourceStatus status = status("RealtimeCityAir");
        assertThat(status.failing()).isFalse();
        assertThat(status.rowsLastRun()).isZero();
        assertThat(status.rowsTotal()).isEqualTo(totalBefore);
    }

    @Test
    void aBadKeyIsRecordedWithItsCodeAndMessageIsNotTriedAgainAndLeavesTheOtherSourcesAlone() {
        replay.on(AIR, Reply.file("seoul/bad-key.json"));
        replay.on("/json/bikeList/", Reply.file("seoul/bikes.json"));

        kr.seoul.smartcity.cityfeed.domain.SourceRun air = runDeclared("RealtimeCityAir");
        CityFeedScheduler.FeedRun bikes = feeds.run("bikeList");

        assertThat(air.ok()).isFalse();
        assertThat(replay.requests(AIR)).hasSize(1);
        SourceStatus status = status("RealtimeCityAir");
        assertThat(status.failing()).isTrue();
        assertThat(status.rowsLastRun()).isZero();
        assertThat(status.lastError())
                .contains("RealtimeCityAir", "INFO-100", "인증키가 유효하지 않습니다")
                .doesNotContain(SEOUL_KEY);
        assertThat(bikes.success()).isTrue();
        assertThat(status("bikeList").failing()).isFalse();
        assertThat(declaredSources.health("RealtimeCityAir").orElseThrow().state())
                .isEqualTo(DeclaredSourceHealth.State.FAILING);
    }

    @Test
    void aBadKeyAnsweredInXmlIsReportedWithItsCode() {
        replay.on(AIR, Reply.file("seoul/bad-key.xml"));

        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();

        assertThat(status("RealtimeCityAir").lastError()).contains("RealtimeCityAir", "INFO-100", "XML");
    }

    @Test
    void anUnknownShapeFailsNamingTheService() {
        replay.on(AIR, Reply.json("{\"SomethingElse\":{\"rows\":[]}}"));

        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();

        assertThat(status("RealtimeCityAir").lastError())
                .contains("RealtimeCityAir", "unexpected answer", "SomethingElse");
    }

    @Test
    void aServerErrorIsTriedThreeTimesThenRecorded() {
        replay.on(AIR, Reply.file("seoul/server-error.json"));

        assertThat(runDeclared("RealtimeCityAir").ok()).isFalse();

        assertThat(replay.requests(AIR)).hasSize(3);
        assertThat(status("RealtimeCityAir").lastError()).contains("ERROR-500", "서버 오류");
    }

    @Test
    void aPassingHttpFailureIsTriedAgain() {
        replay.inTurn(AIR, Reply.status(503), Reply.file("seoul/air.json"));

        kr.seoul.smartcity.cityfeed.domain.SourceRun run = runDeclared("RealtimeCityAir");

        assertThat(run.ok()).as(run.error()).isTrue();
        assertThat(replay.requests(AIR)).hasSize(2);
        assertThat(valuesAt("AIR_PM25", null, MEASURED)).containsExactly(13.0);
    }
}
