package kr.seoul.smartcity.citystatus.service;

import java.time.Instant;
import java.util.List;

import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.domain.SeriesPoint;
import org.jspecify.annotations.Nullable;

/**
 * What a tile shows of one indicator for the city or a district: the latest value with its time and origin, its
 * status colour, whether it is stale, and the last 24 hours for the sparkline.
 */
public record Tile(Indicator indicator, @Nullable Double value, @Nullable Instant observedAt, @Nullable Origin origin,
                   Indicator.Level level, boolean stale, List<SeriesPoint> trend) {

    public boolean hasValue() {
        return value != null;
    }

    public boolean simulated() {
        return origin == Origin.SIMULATED;
    }
}
