package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Real-time air quality by district ({@code RealtimeCityAir}): PM2.5, PM10, ozone and NO2 for each district, and
 * their average over the districts for the whole city. Reads the current field names and those used before the
 * 2024 rename.
 */
@Component
@Order(1)
class AirQualityConnector implements FeedConnector {

    static final String SOURCE = "RealtimeCityAir";
    private static final Logger log = LoggerFactory.getLogger(AirQualityConnector.class);

    /** Indicator, then the field names: current first, older after. */
    private static final Map<String, String[]> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("AIR_PM25", new String[]{"FPM", "PM25"});
        FIELDS.put("AIR_PM10", new String[]{"PM", "PM10"});
        FIELDS.put("AIR_O3", new String[]{"OZON", "O3"});
        FIELDS.put("AIR_NO2", new String[]{"NTDX", "NO2"});
    }

    private final SeoulOpenApiClient client;
    private final ObservationIngest ingest;
    private final CityFeedProperties properties;

    AirQualityConnector(SeoulOpenApiClient client, ObservationIngest ingest, CityFeedProperties properties) {
        this.client = client;
        this.ingest = ingest;
        this.properties = properties;
    }

    @Override
    public FeedDescription description() {
        return client.describe(SOURCE, properties.intervals().airQuality());
    }

    @Override
    public int poll() {
        List<JsonNode> rows = client.rows(SOURCE, SOURCE);
        List<ObservationInput> inputs = new ArrayList<>();
        Map<String, List<Double>> cityValues = new LinkedHashMap<>();
        Instant latest = null;
        for (JsonNode row : rows) {
            Optional<SeoulDistrict> district = FeedRows.text(row, "MSRSTN_NM", "MSRSTE_NM").flatMap(SeoulDistrict::byName);
            Optional<Instant> time = FeedRows.text(row, "MSRMT_DT", "MSRDT").flatMap(FeedRows::minutes);
            if (district.isEmpty() || time.isEmpty()) {
                log.warn("{}: skipped a row without a known district or time: {}", SOURCE, FeedHttp.excerpt(row.toString()));
                continue;
            }
            latest = latest == null || time.get().isAfter(latest) ? time.get() : latest;
            for (Map.Entry<String, String[]> field : FIELDS.entrySet()) {
                OptionalDouble value = FeedRows.number(row, field.getValue());
                if (value.isPresent()) {
                    inputs.add(new ObservationInput(field.getKey(), district.get().code(), time.get(), value.getAsDouble()));
                    cityValues.computeIfAbsent(field.getKey(), code -> new ArrayList<>()).add(value.getAsDouble());
                }
            }
        }
        for (Map.Entry<String, List<Double>> values : cityValues.entrySet()) {
            double average = values.getValue().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            inputs.add(new ObservationInput(values.getKey(), null, latest, average));
        }
        ingest.record(inputs, Origin.FEED, SOURCE);
        return rows.size();
    }
}
