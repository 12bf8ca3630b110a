package kr.seoul.smartcity.cityfeed.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.ObservationIngest;
import kr.seoul.smartcity.citystatus.service.ObservationInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Living population per district and hour ({@code SPOP_LOCAL_RESD_JACHI}), published a few days late: asks for the
 * days from {@value #FIRST_DAY_BACK} to {@value #LAST_DAY_BACK} days ago, newest first, and records for each district
 * the latest hour of the first day that has data; when all 25 districts have that same hour, also their sum for the
 * whole city.
 */
@Component
@Order(3)
class LivingPopulationConnector implements FeedConnector {

    static final String SOURCE = "SPOP_LOCAL_RESD_JACHI";
    static final int FIRST_DAY_BACK = 3;
    static final int LAST_DAY_BACK = 7;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Logger log = LoggerFactory.getLogger(LivingPopulationConnector.class);

    private final SeoulOpenApiClient client;
    private final ObservationIngest ingest;
    private final CityFeedProperties properties;
    private final Clock clock;

    LivingPopulationConnector(
            SeoulOpenApiClient client, ObservationIngest ingest, CityFeedProperties properties, Clock clock) {
        this.client = client;
        this.ingest = ingest;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public FeedDescription description() {
        return client.describe(SOURCE, properties.intervals().livingPopulation());
    }

    @Override
    public int poll() {
        LocalDate today = LocalDate.now(clock);
        for (int back = FIRST_DAY_BACK; back <= LAST_DAY_BACK; back++) {
            List<JsonNode> rows =
                    client.rows(SOURCE, SOURCE, today.minusDays(back).format(DATE));
            if (!rows.isEmpty()) {
                record(rows);
                return rows.size();
            }
        }
        return 0;
    }

    private void record(List<JsonNode> rows) {
        Map<String, Latest> latest = new HashMap<>();
        int skipped = 0;
        for (JsonNode row : rows) {
            Optional<SeoulDistrict> district =
                    FeedRows.text(row, "ADSTRD_CODE_SE").flatMap(SeoulDistrict::byCode);
            Optional<Instant> time = FeedRows.text(row, "STDR_DE_ID")
                    .flatMap(date ->
                            FeedRows.text(row, "TMZON_PD_SE").flatMap(hour -> FeedRows.dateAndHour(date, hour)));
            OptionalDouble population = FeedRows.number(row, "TOT_LVPOP_CO");
            if (district.isEmpty() || time.isEmpty() || population.isEmpty()) {
                skipped++;
                continue;
            }
            latest.merge(
                    district.get().code(),
                    new Latest(time.get(), population.getAsDouble()),
                    (old, candidate) -> candidate.at().isAfter(old.at()) ? candidate : old);
        }
        if (skipped > 0) {
            log.warn(
                    "{}: skipped {} of {} rows without a known district, time or population",
                    SOURCE,
                    skipped,
                    rows.size());
        }
        List<ObservationInput> inputs = new ArrayList<>();
        latest.forEach((district, value) ->
                inputs.add(new ObservationInput("LIVING_POP", district, value.at(), value.population())));
        Optional<Instant> newest = latest.values().stream().map(Latest::at).max(Instant::compareTo);
        if (newest.isPresent()
                && latest.size() == SeoulDistrict.values().length
                && latest.values().stream().allMatch(value -> value.at().equals(newest.get()))) {
            double total =
                    latest.values().stream().mapToDouble(Latest::population).sum();
            inputs.add(new ObservationInput("LIVING_POP", null, newest.get(), total));
        }
        ingest.record(inputs, Origin.FEED, SOURCE);
    }

    private record Latest(Instant at, double population) {}
}
