package kr.seoul.smartcity.citystatus.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.base.events.LiveEventBus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Observation;
import kr.seoul.smartcity.citystatus.domain.ObservationStore;
import kr.seoul.smartcity.citystatus.domain.Origin;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The one way values enter the city status, whoever brings them: feeds, the simulated city, officials. Checks
 * them, stores them with their rollups, evaluates the alert rules and tells every open screen.
 */
@Service
public class ObservationIngest {

    private final IndicatorCatalog catalog;
    private final ObservationStore store;
    private final AlertService alerts;
    private final LiveEventBus events;

    ObservationIngest(IndicatorCatalog catalog, ObservationStore store, AlertService alerts, LiveEventBus events) {
        this.catalog = catalog;
        this.store = store;
        this.alerts = alerts;
        this.events = events;
    }

    /**
     * Records values; all or nothing.
     *
     * @throws InvalidObservationException naming the first value that cannot be recorded
     */
    public void record(List<ObservationInput> inputs, Origin origin, @Nullable String recordedBy) {
        List<Observation> observations =
                inputs.stream().map(input -> check(input, origin, recordedBy)).toList();
        if (observations.isEmpty()) {
            return;
        }
        store.save(observations);
        alerts.evaluate(observations.stream()
                .map(o -> new LatestValue(o.indicatorCode(), o.districtCode(), o.observedAt(), o.value(), o.origin()))
                .toList());
        events.publish(
                ObservationsRecorded.TOPIC,
                new ObservationsRecorded(observations.stream()
                        .map(Observation::indicatorCode)
                        .distinct()
                        .toList()));
    }

    /** Checks one value without recording it; the message says what is wrong. */
    public Observation check(ObservationInput input, Origin origin, @Nullable String recordedBy) {
        if (catalog.isRetired(input.indicatorCode())) {
            throw new InvalidObservationException(
                    input.indicatorCode() + " is retired: it keeps its history but takes no new values");
        }
        Indicator indicator = catalog.find(input.indicatorCode())
                .orElseThrow(() -> new InvalidObservationException("Unknown indicator " + input.indicatorCode()));
        String district = input.districtCode() == null
                ? LatestValue.CITY
                : input.districtCode().strip();
        if (!district.isEmpty() && SeoulDistrict.byCode(district).isEmpty()) {
            throw new InvalidObservationException("Unknown district " + district);
        }
        if (!indicator.perDistrict() && !district.isEmpty()) {
            throw new InvalidObservationException(indicator.code() + " is measured for the whole city only");
        }
        if (Double.isNaN(input.value()) || Double.isInfinite(input.value())) {
            throw new InvalidObservationException("Not a number: " + input.value());
        }
        if (input.observedAt() == null) {
            throw new InvalidObservationException("No time for " + indicator.code());
        }
        return new Observation(indicator.code(), district, input.observedAt(), input.value(), origin, recordedBy);
    }
}
