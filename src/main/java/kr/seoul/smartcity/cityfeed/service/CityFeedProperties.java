package kr.seoul.smartcity.cityfeed.service;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the real feeds are and how often they are read. A feed whose key is not set is not configured: it is not
 * polled, and the admin view says so.
 *
 * @param seoul        Seoul Open Data Plaza (openapi.seoul.go.kr): bikes, living population, citydata, and the declared
 *                     sources of the Plaza
 * @param subway       real-time subway arrivals (swopenapi.seoul.go.kr), a key of its own
 * @param safety       national disaster text messages (safetydata.go.kr), a key of its own
 * @param citydata     the hotspots read from {@code citydata}, by their names in the feed (one call each)
 * @param intervals    how often each feed is polled
 * @param initialDelay how long after start the first poll waits
 * @param http         time-outs and retries of every call
 * @param jdbcAllowed  the JDBC URLs (by prefix) declared database sources may read; none by default
 * @param fileDrop     the folder declared file sources read CSV files from
 * @param poll         how often this instance looks for declared sources that are due
 */
@ConfigurationProperties("city.sources")
public record CityFeedProperties(
        @DefaultValue Seoul seoul,
        @DefaultValue Subway subway,
        @DefaultValue Safety safety,

        @DefaultValue({"광화문·덕수궁", "강남역", "홍대 관광특구", "명동 관광특구", "잠실 관광특구"})
        List<String> citydata,

        @DefaultValue Intervals intervals,
        @DefaultValue("PT10S") Duration initialDelay,
        @DefaultValue Http http,
        @DefaultValue List<String> jdbcAllowed,
        @DefaultValue("data/drop") String fileDrop,
        @DefaultValue("PT15S") Duration poll) {

    /**
     * @param baseUrl the Plaza's address
     * @param key     its key; without it the Plaza's feeds and sources are not polled
     */
    public record Seoul(
            @DefaultValue("http://openapi.seoul.go.kr:8088") String baseUrl,
            @Nullable String key) {

        public boolean configured() {
            return hasText(key);
        }
    }

    /**
     * @param baseUrl  the real-time subway service's address
     * @param key      its key; without it the feed is not polled
     * @param stations station names as the arrival feed spells them (Seoul Station is {@code 서울} there)
     * @param rows     arrivals asked for per station
     */
    public record Subway(
            @DefaultValue("http://swopenapi.seoul.go.kr") String baseUrl,
            @Nullable String key,
            @DefaultValue({"서울", "강남", "홍대입구", "잠실", "시청"}) List<String> stations,
            @DefaultValue("20") int rows) {

        public boolean configured() {
            return hasText(key);
        }
    }

    /**
     * @param baseUrl the disaster text message service's address
     * @param key     its key; without it the feed is not polled
     */
    public record Safety(
            @DefaultValue("https://www.safetydata.go.kr") String baseUrl,
            @Nullable String key) {

        public boolean configured() {
            return hasText(key);
        }
    }

    /**
     * @param bikes            how often Ddareungi stations are polled
     * @param livingPopulation how often the living population is polled
     * @param citydata         how often the hotspots ({@code citydata}) are polled
     * @param subway           how often subway arrivals are polled
     * @param disasterMessages how often disaster text messages are polled
     */
    public record Intervals(
            @DefaultValue("PT5M") Duration bikes,
            @DefaultValue("PT6H") Duration livingPopulation,
            @DefaultValue("PT5M") Duration citydata,
            @DefaultValue("PT2M") Duration subway,
            @DefaultValue("PT5M") Duration disasterMessages) {}

    /**
     * @param timeout  connect and read time-out of one call
     * @param attempts tries of a call that failed for a passing reason (I/O, HTTP 5xx, ERROR-500/600)
     * @param backoff  wait before the second try, doubled before each further one
     */
    public record Http(
            @DefaultValue("PT10S") Duration timeout,
            @DefaultValue("3") int attempts,
            @DefaultValue("PT0.2S") Duration backoff) {}

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
