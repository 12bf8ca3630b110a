package kr.seoul.smartcity.citystatus.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.SourceHealthStore;
import org.springframework.stereotype.Service;

/**
 * What the feeds say about themselves, for the tiles: a feed that fails marks the tiles of its indicators with the
 * problem and since when, until it delivers again. Open dashboards redraw when that changes.
 */
@Service
public class SourceHealth {

    private final SourceHealthStore store;
    private final IndicatorCatalog catalog;
    private final LiveEventBus events;
    private final Clock clock;

    SourceHealth(SourceHealthStore store, IndicatorCatalog catalog, LiveEventBus events, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** The feed failed, for this reason. */
    public void failing(String source, String reason) {
        store.failing(source, clock.instant().truncatedTo(ChronoUnit.MICROS), reason);
        // the reason may have changed too: redraw
        redraw(source);
    }

    /** The feed delivered again. */
    public void recovered(String source) {
        if (store.recovered(source)) {
            redraw(source);
        }
    }

    private void redraw(String source) {
        List<String> codes = catalog.all().stream()
                .filter(indicator -> source.equals(indicator.source()))
                .map(Indicator::code)
                .toList();
        if (!codes.isEmpty()) {
            events.publish(ObservationsRecorded.TOPIC, new ObservationsRecorded(codes));
        }
    }
}
