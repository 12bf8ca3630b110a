package kr.seoul.smartcity.cityfeed.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LivingPopulationConnectorIT extends ReplayedFeeds {

    private static final String POPULATION = "/seoul/" + SEOUL_KEY + "/json/SPOP_LOCAL_RESD_JACHI/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theLatestHourOfTheDayIsRecordedForEachDistrict() {
        replay.on(POPULATION, Reply.file("seoul/living-population.json"));

        CityFeedScheduler.FeedRun run = feeds.run("SPOP_LOCAL_RESD_JACHI");

        assertThat(run.success()).as(run.error()).isTrue();
        String threeDaysAgo = LocalDate.now(Seoul.ZONE).minusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(replay.requests(POPULATION))
                .extracting(ReplayServer.Request::path)
                .containsExactly(POPULATION + "1/1000/" + threeDaysAgo);
        Instant two = LocalDateTime.of(2001, 3, 17, 14, 0).atZone(Seoul.ZONE).toInstant();
        Instant one = LocalDateTime.of(2001, 3, 17, 13, 0).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("LIVING_POP", SeoulDistrict.JONGNO.code(), two).getFirst())
                .isCloseTo(123456.789, within(1e-6));
        assertThat(valuesAt("LIVING_POP", SeoulDistrict.JUNG.code(), two).getFirst())
                .isCloseTo(234567.8901, within(1e-6));
        assertThat(valuesAt("LIVING_POP", SeoulDistrict.JONGNO.code(), one)).isEmpty();
        assertThat(valuesAt("LIVING_POP", null, two))
                .as("no city total unless every district reported")
                .isEmpty();
        assertThat(status("SPOP_LOCAL_RESD_JACHI").rowsLastRun()).isEqualTo(3);
    }

    @Test
    void whenEveryDistrictReportsTheCityTotalIsTheirSum() {
        replay.on(POPULATION, Reply.json(everyDistrict()));

        assertThat(feeds.run("SPOP_LOCAL_RESD_JACHI").success()).isTrue();

        Instant at = LocalDateTime.of(2001, 3, 22, 23, 0).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("LIVING_POP", SeoulDistrict.GANGDONG.code(), at).getFirst())
                .isCloseTo(1025.5, within(1e-9));
        double expected = 0;
        for (int i = 1; i <= SeoulDistrict.values().length; i++) {
            expected += 1000 + i + 0.5;
        }
        assertThat(valuesAt("LIVING_POP", null, at).getFirst()).isCloseTo(expected, within(1e-6));
    }

    @Test
    void aDayNotPublishedYetIsSkippedForAnEarlierOne() {
        String threeDaysAgo = LocalDate.now(Seoul.ZONE).minusDays(3).format(DateTimeFormatter.BASIC_ISO_DATE);
        replay.on(
                POPULATION,
                Reply.file("seoul/living-population.json", text -> text.replace("\"20010317\"", "\"20010318\"")));
        replay.on(POPULATION + "1/1000/" + threeDaysAgo, Reply.file("seoul/no-data.json"));

        assertThat(feeds.run("SPOP_LOCAL_RESD_JACHI").success()).isTrue();

        assertThat(replay.requests(POPULATION)).hasSize(2);
        Instant at = LocalDateTime.of(2001, 3, 18, 14, 0).atZone(Seoul.ZONE).toInstant();
        assertThat(valuesAt("LIVING_POP", SeoulDistrict.JUNG.code(), at).getFirst())
                .isCloseTo(234567.8901, within(1e-6));
    }

    @Test
    void noDataOnAnyDayIsASuccessWithNoRows() {
        replay.on(POPULATION, Reply.file("seoul/no-data.json"));

        CityFeedScheduler.FeedRun run = feeds.run("SPOP_LOCAL_RESD_JACHI");

        assertThat(run.success()).isTrue();
        assertThat(replay.requests(POPULATION))
                .hasSize(LivingPopulationConnector.LAST_DAY_BACK - LivingPopulationConnector.FIRST_DAY_BACK + 1);
        assertThat(status("SPOP_LOCAL_RESD_JACHI").rowsLastRun()).isZero();
        assertThat(status("SPOP_LOCAL_RESD_JACHI").failing()).isFalse();
    }

    @Test
    void aBadKeyIsRecordedAndNothingIsTriedAgain() {
        replay.on(POPULATION, Reply.file("seoul/bad-key.json"));

        assertThat(feeds.run("SPOP_LOCAL_RESD_JACHI").success()).isFalse();

        assertThat(replay.requests(POPULATION)).hasSize(1);
        assertThat(status("SPOP_LOCAL_RESD_JACHI").lastError()).contains("SPOP_LOCAL_RESD_JACHI", "INFO-100");
        assertThat(status("SPOP_LOCAL_RESD_JACHI").failing()).isTrue();
    }

    private static String everyDistrict() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode wrapper = root.putObject("SPOP_LOCAL_RESD_JACHI");
        wrapper.put("list_total_count", SeoulDistrict.values().length * 2);
        wrapper.putObject("RESULT").put("CODE", "INFO-000").put("MESSAGE", "정상 처리되었습니다");
        ArrayNode rows = wrapper.putArray("row");
        int i = 0;
        for (SeoulDistrict district : SeoulDistrict.values()) {
            i++;
            for (String hour : new String[] {"22", "23"}) {
                rows.addObject()
                        .put("STDR_DE_ID", "20010322")
                        .put("TMZON_PD_SE", hour)
                        .put("ADSTRD_CODE_SE", district.code())
                        .put(
                                "TOT_LVPOP_CO",
                                String.format(java.util.Locale.ROOT, "%.4f", hour.equals("23") ? 1000 + i + 0.5 : 1.0));
            }
        }
        return JSON.writeValueAsString(root);
    }
}
