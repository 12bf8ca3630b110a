package kr.seoul.smartcity.citystatus.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.HistoryCsv;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The open data API: public indicators only, whoever asks. Documented in the README.
 */
@RestController
@RequestMapping("/api/public/indicators")
class PublicIndicatorController {

    private static final Duration MAX_SPAN = Duration.ofDays(400);

    private final CityStatusService status;

    PublicIndicatorController(CityStatusService status) {
        this.status = status;
    }

    record Value(double value, Instant observedAt, String origin) {
        static @Nullable Value of(@Nullable LatestValue latest) {
            return latest == null
                    ? null
                    : new Value(
                            latest.value(), latest.observedAt(), latest.origin().name());
        }
    }

    record DistrictValue(String code, String nameKo, String nameEn, double value, Instant observedAt, String origin) {}

    /** The area an indicator belongs to, named in both languages. */
    record Area(String code, String nameKo, String nameEn) {}

    /** {@code category} is the area's code, as before areas became editable. */
    record IndicatorSummary(
            String code,
            String nameKo,
            String nameEn,
            String unit,
            String category,
            Area area,
            String source,
            int updateFrequencyMinutes,
            @Nullable About about,
            @Nullable Value city,
            List<DistrictValue> districts) {}

    /** What every public number carries: what it is, what it is for, where it comes from, the licence. */
    record About(
            @Nullable String summaryKo,
            @Nullable String summaryEn,
            @Nullable String descriptionKo,
            @Nullable String descriptionEn,
            @Nullable String useCaseKo,
            @Nullable String useCaseEn,
            @Nullable String sourceSystem,
            @Nullable String datasetUrl,
            @Nullable String contributors,
            @Nullable String timeRange,
            @Nullable String licence) {

        static About of(IndicatorMetadata m) {
            return new About(
                    m.summaryKo(),
                    m.summaryEn(),
                    m.descriptionKo(),
                    m.descriptionEn(),
                    m.useCaseKo(),
                    m.useCaseEn(),
                    m.sourceSystem(),
                    m.datasetUrl(),
                    m.contributors(),
                    m.timeRange(),
                    m.licence());
        }
    }

    record Series(String code, @Nullable String district, Instant from, Instant to, List<Point> points) {}

    record Point(Instant at, double value, double minimum, double maximum) {}

    @GetMapping
    List<IndicatorSummary> indicators() {
        return status.latest(Viewer.CITIZEN).entrySet().stream()
                .map(entry -> summary(
                        entry.getKey(),
                        entry.getValue(),
                        status.area(entry.getKey().area())
                                .map(a -> new Area(a.code(), a.nameKo(), a.nameEn()))
                                .orElse(new Area(
                                        entry.getKey().area(),
                                        entry.getKey().area(),
                                        entry.getKey().area())),
                        status.metadata(Viewer.CITIZEN, entry.getKey().code())
                                .map(About::of)
                                .orElse(null)))
                .toList();
    }

    @GetMapping("/{code}/series")
    Series series(
            @PathVariable String code,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Range range = range(code, district, from, to);
        List<SeriesPoint> points =
                status.history(Viewer.CITIZEN, range.indicator(), range.district(), range.from(), range.to());
        return new Series(
                range.indicator(),
                range.district().isEmpty() ? null : range.district(),
                range.from(),
                range.to(),
                points.stream()
                        .map(p -> new Point(p.at(), p.value(), p.minimum(), p.maximum()))
                        .toList());
    }

    /** The same history as CSV (Seoul time, value, minimum, maximum), a download named after the indicator. */
    @GetMapping("/{code}/series.csv")
    ResponseEntity<String> seriesCsv(
            @PathVariable String code,
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Range range = range(code, district, from, to);
        List<SeriesPoint> points =
                status.history(Viewer.CITIZEN, range.indicator(), range.district(), range.from(), range.to());
        String name = range.indicator() + (range.district().isEmpty() ? "" : "-" + range.district()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(HistoryCsv.write(range.indicator(), range.district(), points));
    }

    /** What a series request asks for, checked: a public indicator, a known district or none, a span of 400 days at most. */
    private record Range(String indicator, String district, Instant from, Instant to) {}

    private Range range(String code, @Nullable String district, @Nullable String from, @Nullable String to) {
        Indicator indicator = status.indicator(Viewer.CITIZEN, code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No public indicator " + code));
        String districtCode = district == null || district.isBlank() ? "" : district.strip();
        if (!districtCode.isEmpty() && SeoulDistrict.byCode(districtCode).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown district " + districtCode);
        }
        Instant end = to == null ? Instant.now() : instant("to", to);
        Instant start = from == null ? end.minus(Duration.ofHours(24)) : instant("from", from);
        if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to, at most 400 days apart");
        }
        return new Range(indicator.code(), districtCode, start, end);
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
        return ResponseEntity.status(e.getStatusCode())
                .body(Map.of("status", e.getStatusCode().value(), "error", String.valueOf(e.getReason())));
    }

    private static Instant instant(String name, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, name + " must be an ISO-8601 instant such as 2026-11-24T00:00:00Z");
        }
    }

    private static IndicatorSummary summary(
            Indicator indicator, List<LatestValue> values, Area area, @Nullable About about) {
        LatestValue city =
                values.stream().filter(LatestValue::cityWide).findFirst().orElse(null);
        List<DistrictValue> districts = values.stream()
                .filter(v -> !v.cityWide())
                .flatMap(v -> SeoulDistrict.byCode(v.districtCode()).stream()
                        .map(d -> new DistrictValue(
                                d.code(),
                                d.nameKo(),
                                d.nameEn(),
                                v.value(),
                                v.observedAt(),
                                v.origin().name())))
                .toList();
        return new IndicatorSummary(
                indicator.code(),
                indicator.nameKo(),
                indicator.nameEn(),
                indicator.unit(),
                indicator.area(),
                area,
                indicator.source(),
                indicator.updateMinutes(),
                about,
                Value.of(city),
                districts);
    }
}
