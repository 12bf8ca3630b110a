package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HotspotConnectorIT extends ReplayedFeeds {

    private static final String CITYDATA = "/seoul/" + SEOUL_KEY + "/json/citydata/1/5/";
    private static final String GWANGHWAMUN = CITYDATA + "광화문·덕수궁";
    private static final String GANGNAM = CITYDATA + "강남역";
    private static final String UNMAPPED = CITYDATA + "재현시험 장소";

    @Test
    void congestionRoadSpeedAndTemperatureAreAveragedOverTheHotspotsAndPlacesGoOnTheMap() {
        replay.on(GWANGHWAMUN, Reply.file("seoul/citydata-gwanghwamun.json"))
                .on(GANGNAM, Reply.file("seoul/citydata-gangnam.json"))
                .on(UNMAPPED, Reply.file("seoul/citydata-unmapped.json"));

        CityFeedScheduler.FeedRun run = feeds.run("citydata");

        assertThat(run.success()).as(run.error()).isTrue();
        assertThat(run.rows()).isEqualTo(3);
        assertThat(replay.requests(CITYDATA))
                .extracting(ReplayServer.Request::rawPath)
                .containsExactly(
                        "/seoul/" + SEOUL_KEY
                                + "/json/citydata/1/5/%EA%B4%91%ED%99%94%EB%AC%B8%C2%B7%EB%8D%95%EC%88%98%EA%B6%81",
                        "/seoul/" + SEOUL_KEY + "/json/citydata/1/5/%EA%B0%95%EB%82%A8%EC%97%AD",
                        "/seoul/" + SEOUL_KEY
                                + "/json/citydata/1/5/%EC%9E%AC%ED%98%84%EC%8B%9C%ED%97%98%20%EC%9E%A5%EC%86%8C");

        Instant people =
                LocalDateTime.of(2001, 3, 18, 10, 10).atZone(Seoul.ZONE).toInstant();
        Instant traffic =
                LocalDateTime.of(2001, 3, 18, 10, 5).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("HOTSPOT_CONGESTION", null, people).getFirst()).isCloseTo((1 + 3 + 4) / 3.0, within(1e-9));
        assertThat(valuesAt("ROAD_SPEED", null, traffic).getFirst()).isCloseTo((24.5 + 17.5 + 14.0) / 3, within(1e-9));
        assertThat(valuesAt("WEATHER_TEMP", null, traffic).getFirst())
                .isCloseTo((11.5 + 12.5 + 13.0) / 3, within(1e-9));

        List<MapPoint> places = points(MapLayer.HOTSPOTS, "POI-T");
        assertThat(places).extracting(MapPoint::externalId).containsExactlyInAnyOrder("POI-T01", "POI-T02");
        MapPoint gangnam = places.stream()
                .filter(p -> p.externalId().equals("POI-T02"))
                .findFirst()
                .orElseThrow();
        assertThat(gangnam.name()).isEqualTo("강남역");
        assertThat(gangnam.value()).isEqualTo(3.0);
        assertThat(gangnam.label()).isEqualTo("약간 붐빔");
        assertThat(gangnam.latitude()).isBetween(37.49, 37.51);
        assertThat(status("citydata").rowsLastRun()).isEqualTo(3);
    }

    @Test
    void whenOnePlaceFailsNothingOfTheOthersIsRecorded() {
        replay.on(GWANGHWAMUN, Reply.file("seoul/citydata-gwanghwamun.json", HotspotConnectorIT::inApril))
                .on(GANGNAM, Reply.file("seoul/citydata-gangnam.json", HotspotConnectorIT::inApril))
                .on(UNMAPPED, Reply.file("seoul/server-error.json"));

        CityFeedScheduler.FeedRun run = feeds.run("citydata");

        assertThat(run.success()).isFalse();
        assertThat(replay.requests(UNMAPPED)).hasSize(3);
        Instant people =
                LocalDateTime.of(2001, 4, 18, 10, 10).atZone(Seoul.ZONE).toInstant();
        Instant traffic =
                LocalDateTime.of(2001, 4, 18, 10, 5).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("HOTSPOT_CONGESTION", null, people)).isEmpty();
        assertThat(valuesAt("ROAD_SPEED", null, traffic)).isEmpty();
        assertThat(status("citydata").lastError()).contains("citydata", "ERROR-500");
        assertThat(status("citydata").failing()).isTrue();
    }

    @Test
    void noDataForAnyPlaceIsASuccessWithNoRows() {
        replay.on(CITYDATA, Reply.file("seoul/no-data.json"));

        CityFeedScheduler.FeedRun run = feeds.run("citydata");

        assertThat(run.success()).isTrue();
        assertThat(replay.requests(CITYDATA)).hasSize(3);
        assertThat(status("citydata").rowsLastRun()).isZero();
        assertThat(status("citydata").failing()).isFalse();
    }

    @Test
    void aBadKeyIsRecordedWithItsCode() {
        replay.on(CITYDATA, Reply.file("seoul/bad-key.json"));

        assertThat(feeds.run("citydata").success()).isFalse();

        assertThat(replay.requests(CITYDATA)).hasSize(1);
        assertThat(status("citydata").lastError())
                .contains("citydata", "INFO-100")
                .doesNotContain(SEOUL_KEY);
    }

    private static String inApril(String text) {
        return text.replace("2001-03-18", "2001-04-18");
    }
}
