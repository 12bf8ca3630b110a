package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.events.ReadsForAll;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.ObservationStore;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.domain.SourceHealthStore;
import kr.seoul.smartcity.citystatus.domain.SourceProblem;
import org.springframework.stereotype.Component;

/**
 * The latest values and the last day's hourly trends, read once for every open screen: when new values are recorded
 * thousands of dashboards redraw at the same moment, and they share one read of the database instead of one each.
 * A read is dropped when values are recorded (here or, through the event bus, on another instance) and after
 * {@link #MAX_AGE}, so that the 24-hour window and the stale marks move on.
 */
@Component
class SharedReads {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final ObservationStore store;
    private final SourceHealthStore health;
    private final IndicatorCatalog catalog;
    private final Clock clock;
    private final ReadsForAll<String> reads;

    SharedReads(
            ObservationStore store,
            SourceHealthStore health,
            IndicatorCatalog catalog,
            Clock clock,
            LiveEventBus events) {
        this.health = health;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        // subscribed before any screen, so the bus drops the old read before screens are told to redraw
        this.reads = new ReadsForAll<String>(clock, MAX_AGE)
                .dropOn(events, ObservationsRecorded.TOPIC)
                .dropOn(events, CatalogueChanged.TOPIC);
    }

    /** The latest value of every indicator in every district and the city. */
    List<LatestValue> latest() {
        return reads.get(
                "latest",
                () -> store.latest(catalog.all().stream().map(Indicator::code).toList()));
    }

    /** The latest value of each indicator in one district, or the city ({@link LatestValue#CITY}), by indicator. */
    Map<String, LatestValue> latestIn(String districtCode) {
        return reads.get(
                "latest-in:" + districtCode,
                () -> latest().stream()
                        .filter(value -> value.districtCode().equals(districtCode))
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(
                                LatestValue::indicatorCode, value -> value, (first, second) -> second)));
    }

    /** The latest value of one indicator in each district (the city's left out), by district. */
    Map<String, LatestValue> byDistrict(String indicatorCode) {
        return reads.get(
                "by-district:" + indicatorCode,
                () -> latest().stream()
                        .filter(value -> value.indicatorCode().equals(indicatorCode) && !value.cityWide())
                        .collect(java.util.stream.Collectors.toUnmodifiableMap(
                                LatestValue::districtCode, value -> value)));
    }

    /**
     * Tiles made once for every screen that shows the same ones: the key names the readers' kind (their role and
     * department decide what they may see), the district and the choice of indicators.
     */
    List<Tile> tiles(String key, java.util.function.Supplier<List<Tile>> maker) {
        return reads.get("tiles:" + key, maker);
    }

    /** The feeds failing now, by source. */
    Map<String, SourceProblem> sourceProblems() {
        return reads.get(
                "problems",
                () -> health.failing().stream()
                        .collect(java.util.stream.Collectors.toMap(SourceProblem::source, problem -> problem)));
    }

    /** The hourly series of every indicator over the last 24 hours, for a district or the city ({@code ""}). */
    Map<String, List<SeriesPoint>> dayTrends(String districtCode) {
        return reads.get("trends:" + districtCode, () -> {
            Instant now = clock.instant();
            return store.hourlySeries(
                    catalog.all().stream().map(Indicator::code).toList(),
                    districtCode,
                    now.minus(Duration.ofHours(24)),
                    now);
        });
    }
}
