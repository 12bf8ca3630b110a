package kr.seoul.smartcity.dashboard.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.base.events.ReadsForAll;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.service.AlertFired;
import kr.seoul.smartcity.citystatus.service.CatalogueChanged;
import kr.seoul.smartcity.citystatus.service.ChartMark;
import kr.seoul.smartcity.citystatus.service.ChartMarks;
import kr.seoul.smartcity.citystatus.service.CityStatusService;
import kr.seoul.smartcity.citystatus.service.HistoryRange;
import kr.seoul.smartcity.citystatus.service.IncidentUpdated;
import kr.seoul.smartcity.citystatus.service.ObservationsRecorded;
import kr.seoul.smartcity.directive.service.DirectiveChanged;
import kr.seoul.smartcity.notice.service.NoticePosted;
import kr.seoul.smartcity.notice.service.NoticeService;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * What a chart widget draws of the last 24 hours: the indicator's series and the events marked on it (alerts,
 * directives, incidents and notices the reader may see), for the city or one district. Every open chart redraws
 * when new values are recorded; charts shown to the same kind of reader (citizens, or staff of one role and
 * department) share one read of it instead of six database reads each. A read is dropped when values, the
 * catalogue, alerts, incidents, directives or notices change, and after {@link #MAX_AGE} so that the day moves on.
 */
@Service
public class DayCharts {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** The series, oldest first, and the marks within the same 24 hours, in time order. */
    public record DayChart(List<SeriesPoint> points, List<ChartMark> marks) {}

    private record Key(
            Viewer viewer, String indicatorCode, @Nullable String districtCode, Locale locale) {}

    private final CityStatusService status;
    private final ChartMarks marks;
    private final NoticeService notices;
    private final Clock clock;
    private final ReadsForAll<Key> reads;

    DayCharts(CityStatusService status, ChartMarks marks, NoticeService notices, Clock clock, LiveEventBus events) {
        this.status = status;
        this.marks = marks;
        this.notices = notices;
        this.clock = clock;
        this.reads = new ReadsForAll<Key>(clock, MAX_AGE)
                .dropOn(events, ObservationsRecorded.TOPIC)
                .dropOn(events, CatalogueChanged.TOPIC)
                .dropOn(events, AlertFired.TOPIC)
                .dropOn(events, IncidentUpdated.TOPIC)
                .dropOn(events, DirectiveChanged.TOPIC)
                .dropOn(events, NoticePosted.TOPIC);
    }

    /** The last 24 hours of an indicator the viewer may see, for the city ({@code null}) or a district. */
    public DayChart of(Viewer viewer, Indicator indicator, @Nullable String districtCode, Locale locale) {
        return reads.get(
                new Key(viewer, indicator.code(), districtCode, locale),
                () -> read(viewer, indicator, districtCode, locale));
    }

    private DayChart read(Viewer viewer, Indicator indicator, @Nullable String districtCode, Locale locale) {
        Instant to = clock.instant();
        Instant from = to.minus(HistoryRange.DAY.span());
        List<SeriesPoint> points = status.history(viewer, indicator.code(), districtCode, HistoryRange.DAY);
        List<ChartMark> marked = Stream.concat(
                        marks.touching(viewer, indicator, districtCode, from, to, locale).stream(),
                        notices.about(viewer, indicator.code(), districtCode, from, to).stream()
                                .map(notice -> new ChartMark(notice.postedAt(), ChartMark.Kind.NOTICE, notice.title())))
                .sorted(Comparator.comparing(ChartMark::at))
                .toList();
        return new DayChart(List.copyOf(points), marked);
    }
}
