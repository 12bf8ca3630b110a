package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import kr.seoul.smartcity.citystatus.domain.SourceProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a tile shows of one indicator for the city or a district: the latest value with its time and origin, its
 * status colour, whether it is stale, the last 24 hours for the sparkline, and whether its feed is failing now.
 */
public record Tile(
        Indicator indicator,
        @Nullable Double value,
        @Nullable Instant observedAt,
        @Nullable Origin origin,
        Indicator.Level level,
        boolean stale,
        List<SeriesPoint> trend,
        @Nullable SourceProblem problem) {

    /** A tile for the latest value, if any, judged as of {@code now}: stale after three update periods. */
    public static Tile of(Indicator indicator, @Nullable LatestValue latest, List<SeriesPoint> trend, Instant now) {
        return of(indicator, latest, trend, now, null);
    }

    /** As {@link #of(Indicator, LatestValue, List, Instant)}, with the problem of the feed it comes from, if any. */
    public static Tile of(
            Indicator indicator,
            @Nullable LatestValue latest,
            List<SeriesPoint> trend,
            Instant now,
            @Nullable SourceProblem problem) {
        if (latest == null) {
            return new Tile(indicator, null, null, null, Indicator.Level.NORMAL, false, trend, problem);
        }
        boolean stale = latest.observedAt().isBefore(now.minus(indicator.staleAfter()));
        return new Tile(
                indicator,
                latest.value(),
                latest.observedAt(),
                latest.origin(),
                indicator.levelOf(latest.value()),
                stale,
                trend,
                problem);
    }

    public boolean hasValue() {
        return value != null;
    }

    public boolean simulated() {
        return origin == Origin.SIMULATED;
    }
}
