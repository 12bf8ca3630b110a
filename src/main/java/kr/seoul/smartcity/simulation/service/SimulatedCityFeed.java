package kr.seoul.smartcity.simulation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Incident;
import kr.seoul.smartcity.citystatus.domain.IncidentStatus;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.MapLayer;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.CityFeedService;
import kr.seoul.smartcity.citystatus.service.IncidentService;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.citystatus.service.NewIncident;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import kr.seoul.smartcity.simulation.domain.CityModel;
import kr.seoul.smartcity.simulation.domain.SimulatedPlaces;
import kr.seoul.smartcity.simulation.domain.TypicalValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the city status with simulated values for every indicator and district, recorded as
 * {@link Origin#SIMULATED} so that every tile says so. On start it fills the last day, so charts have a history.
 */
public class SimulatedCityFeed {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCityFeed.class);
    private static final Viewer SYSTEM = new Viewer(Role.ADMIN, null);

    private final IndicatorCatalog catalog;
    private final ObservationIngest ingest;
    private final CityFeedService feed;
    private final IncidentService incidents;
    private final SimulationProperties properties;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.of("L64X128MixRandom");
    private final CityModel model = new CityModel(random);
    private final TypicalValues typical = TypicalValues.load();
    private final SimulatedPlaces places = new SimulatedPlaces(random);
    private String spikeDistrict;
    private Instant spikeUntil = Instant.MIN;

    public SimulatedCityFeed(
            IndicatorCatalog catalog,
            ObservationIngest ingest,
            CityFeedService feed,
            IncidentService incidents,
            SimulationProperties properties,
            Clock clock) {
        this.catalog = catalog;
        this.ingest = ingest;
        this.feed = feed;
        this.incidents = incidents;
        this.properties = properties;
        this.clock = clock;
    }

    /** Fills the last 24 hours, hour by hour, and places the facilities on the map. */
    void start() {
        Instant now = clock.instant();
        List<ObservationInput> history = new ArrayList<>();
        for (int hoursAgo = 24; hoursAgo >= 1; hoursAgo--) {
            history.addAll(valuesAt(now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hoursAgo)), false));
        }
        ingest.record(history, Origin.SIMULATED, null);
        feed.updatePoints(MapLayer.CCTV, places.facilities(MapLayer.CCTV, "%s CCTV %d", 2, now));
        feed.updatePoints(
                MapLayer.SAFETY_FACILITIES, places.facilities(MapLayer.SAFETY_FACILITIES, "%s 119안전센터 %d", 1, now));
        feed.updatePoints(MapLayer.FLOOD_AREAS, places.facilities(MapLayer.FLOOD_AREAS, "%s 침수 우려 지역 %d", 1, now));
        tick();
        log.info(
                "Simulated city feed running every {} ({} values of the last day filled in)",
                properties.interval(),
                history.size());
    }

    /** Records one set of current values; now and then starts a dust spike or moves an incident on. */
    void tick() {
        // feeds stamp values by the minute; so does the simulation, so that neither hides the other's latest value
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (properties.incidents()) {
            maybeStartSpike(now);
            moveIncidents(now);
        }
        ingest.record(valuesAt(now, true), Origin.SIMULATED, null);
        double hour = now.atZone(Seoul.ZONE).getHour();
        feed.updatePoints(MapLayer.BIKE_STATIONS, places.bikeStations(now, hour >= 7 && hour <= 10 ? 0.3 : 0.6));
    }

    private List<ObservationInput> valuesAt(Instant at, boolean withSpike) {
        List<ObservationInput> values = new ArrayList<>();
        for (Indicator indicator : catalog.all()) {
            if (indicator.perDistrict()) {
                double sum = 0;
                int count = 0;
                for (SeoulDistrict district : SeoulDistrict.values()) {
                    double value = model.district(indicator.code(), district, at);
                    if (Double.isNaN(value)) {
                        value = aroundTypical(indicator, district, at);
                    }
                    if (withSpike
                            && "AIR_PM25".equals(indicator.code())
                            && district.code().equals(spikeDistrict)
                            && at.isBefore(spikeUntil)) {
                        value = model.dustSpike();
                    }
                    if (!Double.isNaN(value)) {
                        values.add(
                                new ObservationInput(indicator.code(), district.code(), at, round(value, indicator)));
                        sum += value;
                        count++;
                    }
                }
                if (count > 0) {
                    double city = "BIKE_AVAILABLE".equals(indicator.code()) || "LIVING_POP".equals(indicator.code())
                            ? sum
                            : sum / count;
                    java.util.OptionalDouble typicalCity = typical.ofCity(indicator.code());
                    if (typicalCity.isPresent()) {
                        city = model.around(typicalCity.getAsDouble(), null, at);
                    }
                    values.add(new ObservationInput(indicator.code(), null, at, round(city, indicator)));
                }
            } else {
                double value = model.city(indicator.code(), at);
                if (Double.isNaN(value)) {
                    value = aroundTypical(indicator, null, at);
                }
                if (!Double.isNaN(value)) {
                    values.add(new ObservationInput(indicator.code(), null, at, round(value, indicator)));
                }
            }
        }
        return values;
    }

    /**
     * An indicator the model has no formula of (one of the starter catalogue's, or a steward's): around its typical
     * value, or below its warning level; {@code NaN} if there is neither.
     */
    private double aroundTypical(Indicator indicator, SeoulDistrict district, Instant at) {
        java.util.OptionalDouble known = typical.of(indicator.code());
        if (known.isPresent()) {
            return model.around(known.getAsDouble(), district, at);
        }
        if (indicator.warnAt() != null) {
            return model.around(
                    indicator.higherIsWorse() ? indicator.warnAt() * 0.6 : indicator.warnAt() * 1.5, district, at);
        }
        return Double.NaN;
    }

    private void maybeStartSpike(Instant now) {
        if (now.isAfter(spikeUntil) && random.nextDouble() < 0.02) {
            spikeDistrict = SeoulDistrict.values()[random.nextInt(SeoulDistrict.values().length)].code();
            spikeUntil = now.plus(Duration.ofMinutes(20));
        }
    }

    private void moveIncidents(Instant now) {
        Optional<Incident> active =
                incidents.recent(SYSTEM).stream().filter(Incident::active).findFirst();
        if (active.isEmpty()) {
            if (random.nextDouble() < 0.03) {
                SeoulDistrict district = SeoulDistrict.values()[random.nextInt(SeoulDistrict.values().length)];
                incidents.report(new NewIncident(
                        "FIRE",
                        "[모의] " + district.nameKo() + " 상가 건물 화재",
                        district.code(),
                        district.nameKo() + " 일대",
                        DisclosureClass.PUBLIC,
                        "SAFETY"));
            }
            return;
        }
        Incident incident = active.get();
        if (Duration.between(incident.updatedAt(), now)
                        .compareTo(properties.interval().multipliedBy(4))
                >= 0) {
            IncidentStatus next = IncidentStatus.values()[incident.status().ordinal() + 1];
            incidents.advance(incident.id(), next);
        }
    }

    private static double round(double value, Indicator indicator) {
        double scale = Math.pow(10, indicator.decimals());
        return Math.round(value * scale) / scale;
    }
}
