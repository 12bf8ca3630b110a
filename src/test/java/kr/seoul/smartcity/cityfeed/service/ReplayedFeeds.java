package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.cityfeed.domain.SourceStatus;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.MapPoint;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * The whole application with every feed configured and pointed at the {@link ReplayServer}: the real connectors,
 * the real scheduler and the real ingest into PostgreSQL. Every feed is polled once at start (the intervals are an
 * hour), against default replies that have no data; tests then set replies and run feeds with
 * {@link CityFeedScheduler#run}. All subclasses share one application context.
 * <p>
 * The database is shared with other tests and holds demo data, so replies carry values at times in 2001, or
 * identifiers of their own, and tests look for exactly those.
 */
@CityIntegrationTest
abstract class ReplayedFeeds {

    static final ReplayServer replay = ReplayServer.shared();
    static final Viewer MAYOR = new Viewer(Role.MAYOR, null);
    static final String SEOUL_KEY = "seoul-test-key";
    static final String SUBWAY_KEY = "subway-test-key";
    static final String SAFETY_KEY = "safety-test-key";
    static final java.nio.file.Path FILE_DROP;

    static {
        try {
            FILE_DROP = java.nio.file.Files.createTempDirectory("city-file-drop");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static {
        replay.byDefault("/seoul/", ReplayServer.Reply.file("seoul/no-data.json"))
                .byDefault("/subway/", ReplayServer.Reply.file("subway/no-data.json"))
                .byDefault("/safety/", ReplayServer.Reply.file("safety/empty.json"));
    }

    @DynamicPropertySource
    static void feeds(DynamicPropertyRegistry registry) {
        registry.add("city.sources.seoul.base-url", () -> replay.url("/seoul"));
        registry.add("city.sources.seoul.key", () -> SEOUL_KEY);
        registry.add("city.sources.subway.base-url", () -> replay.url("/subway"));
        registry.add("city.sources.subway.key", () -> SUBWAY_KEY);
        registry.add("city.sources.subway.stations", () -> "서울,강남");
        registry.add("city.sources.safety.base-url", () -> replay.url("/safety"));
        registry.add("city.sources.safety.key", () -> SAFETY_KEY);
        registry.add("city.sources.citydata", () -> "광화문·덕수궁,강남역,재현시험 장소");
        registry.add("city.sources.initial-delay", () -> "PT0S");
        // declared sources: tests run them themselves; the poller looks once at start
        registry.add("city.sources.poll", () -> "PT1H");
        registry.add("city.sources.jdbc-allowed", () -> "jdbc:postgresql://localhost:");
        registry.add("city.sources.file-drop", () -> FILE_DROP.toString());
        // the national portals the starter catalogue's sources name as {base:...}
        for (String portal : List.of("data-go-kr", "hrfco", "bus")) {
            registry.add("city.sources." + portal + ".base-url", () -> replay.url("/" + portal));
            registry.add("city.sources." + portal + ".key", () -> portal + "-test-key");
        }
        // a feed that hangs is given up after this (the replies here come at once)
        registry.add("city.sources.http.timeout", () -> "PT4S");
        for (String feed : List.of("bikes", "living-population", "citydata", "subway", "disaster-messages")) {
            registry.add("city.sources.intervals." + feed, () -> "PT1H");
        }
    }

    @Autowired
    CityFeedScheduler feeds;

    @Autowired
    DeclaredSourcePoller declared;

    @Autowired
    DeclaredSources declaredSources;

    @Autowired
    SourceStatusService statuses;

    @Autowired
    CityStatusService cityStatus;

    @Autowired
    CityFeedService cityFeed;

    @Autowired
    ApplicationContext context;

    /** Waits for the polls at start to be over, so that they cannot take a test's replies; then clears them. */
    @BeforeEach
    void startPollsDoneAndRepliesCleared() {
        Instant started = Instant.ofEpochMilli(context.getStartupDate());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> feeds.sources().stream()
                        .allMatch(source -> !source.running()
                                && source.status().lastRunAt() != null
                                && !source.status().lastRunAt().isBefore(started)));
        replay.reset();
    }

    /** Runs a declared source (such as the starter catalogue's RealtimeCityAir) now and waits for it. */
    kr.seoul.smartcity.cityfeed.domain.SourceRun runDeclared(String source) {
        return declared.runNow(source);
    }

    SourceStatus status(String source) {
        return statuses.find(source).orElseThrow();
    }

    /** The values recorded for the indicator and district (null: the city) at exactly that time. */
    List<Double> valuesAt(String indicator, String district, Instant at) {
        return cityStatus.history(MAYOR, indicator, district, at.minusSeconds(60), at.plusSeconds(60)).stream()
                .filter(point -> point.at().equals(at))
                .map(SeriesPoint::value)
                .toList();
    }

    /** The values recorded for the indicator and district (null: the city) since a time. */
    List<Double> valuesSince(String indicator, String district, Instant since) {
        return cityStatus
                .history(MAYOR, indicator, district, since, Instant.now().plusSeconds(60))
                .stream()
                .map(SeriesPoint::value)
                .toList();
    }

    List<MapPoint> points(MapLayer layer, String idPrefix) {
        return cityFeed.points(MAYOR, layer).stream()
                .filter(point -> point.externalId().startsWith(idPrefix))
                .toList();
    }
}
