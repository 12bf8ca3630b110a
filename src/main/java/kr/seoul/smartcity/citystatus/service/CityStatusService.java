package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import kr.seoul.smartcity.citystatus.domain.CatalogueEntry;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorArea;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.ObservationStore;
import kr.seoul.smartcity.citystatus.domain.Resolution;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.domain.SourceProblem;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reads the city status as screens and the public API show it, for one viewer. */
@Service
public class CityStatusService {

    private final IndicatorCatalog catalog;
    private final ObservationStore store;
    private final SharedReads shared;
    private final Clock clock;

    CityStatusService(IndicatorCatalog catalog, ObservationStore store, SharedReads shared, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.shared = shared;
        this.clock = clock;
    }

    /** A tile per indicator the viewer may see, for the whole city. */
    public List<Tile> cityTiles(Viewer viewer) {
        return shared.tiles(
                key(viewer, LatestValue.CITY, ""), () -> tiles(catalog.visibleTo(viewer), LatestValue.CITY));
    }

    /** A tile per indicator of one area the viewer may see, for the whole city. */
    public List<Tile> cityTiles(Viewer viewer, String area) {
        return shared.tiles(
                key(viewer, LatestValue.CITY, "area=" + area),
                () -> tiles(
                        catalog.visibleTo(viewer).stream()
                                .filter(i -> i.area().equals(area))
                                .toList(),
                        LatestValue.CITY));
    }

    /** The areas in use that hold indicators the viewer may see, in display order. */
    public List<IndicatorArea> areas(Viewer viewer) {
        List<Indicator> visible = catalog.visibleTo(viewer);
        return catalog.areas().stream()
                .filter(area ->
                        visible.stream().anyMatch(indicator -> indicator.area().equals(area.code())))
                .toList();
    }

    /** An area by code, retired ones too. */
    public Optional<IndicatorArea> area(String code) {
        return catalog.area(code);
    }

    /** What the catalogue tells about an indicator the viewer may see: its metadata. */
    public Optional<IndicatorMetadata> metadata(Viewer viewer, String code) {
        return catalog.findVisible(viewer, code)
                .flatMap(indicator -> catalog.entry(code))
                .map(CatalogueEntry::metadata);
    }

    /** The tile of one indicator the viewer may see, for the city (district null) or one district. */
    public Optional<Tile> tile(Viewer viewer, String indicatorCode, @Nullable String districtCode) {
        return catalog.findVisible(viewer, indicatorCode)
                .map(indicator -> tiles(List.of(indicator), districtCode == null ? LatestValue.CITY : districtCode)
                        .getFirst());
    }

    /** A tile per district indicator the viewer may see, for one district. */
    public List<Tile> districtTiles(Viewer viewer, String districtCode) {
        return shared.tiles(
                key(viewer, districtCode, "per-district"),
                () -> tiles(
                        catalog.visibleTo(viewer).stream()
                                .filter(Indicator::perDistrict)
                                .toList(),
                        districtCode));
    }

    /** The latest value of an indicator in each district, for the choropleth. */
    public Map<String, LatestValue> byDistrict(Viewer viewer, String indicatorCode) {
        return catalog.findVisible(viewer, indicatorCode)
                .map(indicator -> shared.byDistrict(indicator.code()))
                .orElse(Map.of());
    }

    /** The latest values of the indicators the viewer may see: city-wide and per district. */
    public Map<Indicator, List<LatestValue>> latest(Viewer viewer) {
        List<Indicator> visible = catalog.visibleTo(viewer);
        Map<String, List<LatestValue>> values =
                shared.latest().stream().collect(Collectors.groupingBy(LatestValue::indicatorCode));
        Map<Indicator, List<LatestValue>> result = new java.util.LinkedHashMap<>();
        visible.forEach(indicator -> result.put(indicator, values.getOrDefault(indicator.code(), List.of())));
        return result;
    }

    public List<SeriesPoint> history(Viewer viewer, String indicatorCode, String districtCode, HistoryRange range) {
        Instant to = clock.instant();
        return history(viewer, indicatorCode, districtCode, to.minus(range.span()), to, range.resolution());
    }

    /** History between two times, at a resolution chosen by the span (raw up to two days, hours up to 60, days beyond). */
    public List<SeriesPoint> history(
            Viewer viewer, String indicatorCode, String districtCode, Instant from, Instant to) {
        Duration span = Duration.between(from, to);
        Resolution resolution = span.compareTo(Duration.ofDays(2)) <= 0
                ? Resolution.RAW
                : span.compareTo(Duration.ofDays(60)) <= 0 ? Resolution.HOUR : Resolution.DAY;
        return history(viewer, indicatorCode, districtCode, from, to, resolution);
    }

    private List<SeriesPoint> history(
            Viewer viewer, String indicatorCode, String districtCode, Instant from, Instant to, Resolution resolution) {
        return catalog.findVisible(viewer, indicatorCode)
                .map(indicator ->
                        store.series(indicator.code(), districtCode == null ? "" : districtCode, from, to, resolution))
                .orElse(List.of());
    }

    /** The indicators the viewer may see, in the order of the screens. */
    public List<Indicator> indicators(Viewer viewer) {
        return catalog.visibleTo(viewer);
    }

    public Optional<Indicator> indicator(Viewer viewer, String code) {
        return catalog.findVisible(viewer, code);
    }

    /** Which tiles: what the viewer's role and department may see, where, and which indicators. */
    private static String key(Viewer viewer, String districtCode, String choice) {
        return viewer.role() + "/" + viewer.departmentCode() + "/" + districtCode + "/" + choice;
    }

    private List<Tile> tiles(List<Indicator> indicators, String districtCode) {
        Map<String, LatestValue> latest = shared.latestIn(districtCode);
        Instant now = clock.instant();
        Map<String, List<SeriesPoint>> trends = shared.dayTrends(districtCode);
        Map<String, SourceProblem> problems = shared.sourceProblems();
        return indicators.stream()
                .map(indicator -> Tile.of(
                        indicator,
                        latest.get(indicator.code()),
                        trends.getOrDefault(indicator.code(), List.of()),
                        now,
                        problems.get(indicator.source())))
                .toList();
    }
}
