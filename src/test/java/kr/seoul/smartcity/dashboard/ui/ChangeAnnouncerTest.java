package kr.seoul.smartcity.dashboard.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.LatestValue;
import kr.seoul.smartcity.citystatus.domain.Origin;
import kr.seoul.smartcity.citystatus.service.Tile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the live region says when values change, in the app's own words, and how often. */
class ChangeAnnouncerTest {

    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Indicator PM25 = indicator("AIR_PM25", "초미세먼지", "Fine dust", 35.0, 75.0);
    private static final Indicator PM10 = indicator("AIR_PM10", "미세먼지", "Dust", 80.0, 150.0);
    private static final Indicator O3 = indicator("AIR_O3", "오존", "Ozone", 0.09, 0.15);
    private static final Indicator NO2 = indicator("AIR_NO2", "이산화질소", "Nitrogen dioxide", 0.06, 0.2);
    private static final Indicator CO = indicator("AIR_CO", "일산화탄소", "Carbon monoxide", 9.0, 15.0);

    private final ChangeAnnouncer korean = new ChangeAnnouncer(QUIET, Locale.KOREAN, words("ko"));

    @Test
    void theFirstValuesAreTheStartingPointAndNewValuesAtTheSameLevelAreNotSaid() {
        assertThat(korean.see(List.of(tile(PM25, 20), tile(PM10, 40)), T0)).isEmpty();
        assertThat(korean.see(List.of(tile(PM25, 28), tile(PM10, 55)), T0.plusSeconds(60)))
                .isEmpty();
        assertThat(korean.heldFor(T0.plusSeconds(60))).isEmpty();
    }

    @Test
    void aChangeOfLevelIsSaidWithTheIndicatorAndBothLevels() {
        korean.see(List.of(tile(PM25, 20), tile(PM10, 40)), T0);
        assertThat(korean.see(List.of(tile(PM25, 90), tile(PM10, 85)), T0.plusSeconds(5)))
                .contains("2개 지표 갱신: 초미세먼지 좋음→위험, 미세먼지 좋음→주의");
    }

    @Test
    void inEnglishToo() {
        ChangeAnnouncer english = new ChangeAnnouncer(QUIET, Locale.ENGLISH, words("en"));
        english.see(List.of(tile(PM25, 20)), T0);
        assertThat(english.see(List.of(tile(PM25, 40)), T0.plusSeconds(5)))
                .contains("1 indicator changed: Fine dust Good→Warning");
    }

    @Test
    void atMostOneAnnouncementInThirtySecondsAndWhatWasHeldBackIsSaidAfterwards() {
        korean.see(List.of(tile(PM25, 20), tile(PM10, 40)), T0);
        assertThat(korean.see(List.of(tile(PM25, 40), tile(PM10, 40)), T0.plusSeconds(1)))
                .contains("1개 지표 갱신: 초미세먼지 좋음→주의");
        assertThat(korean.see(List.of(tile(PM25, 40), tile(PM10, 90)), T0.plusSeconds(11)))
                .isEmpty();
        assertThat(korean.heldFor(T0.plusSeconds(11))).contains(Duration.ofSeconds(20));
        assertThat(korean.due(T0.plusSeconds(30))).isEmpty();
        assertThat(korean.due(T0.plusSeconds(31))).contains("1개 지표 갱신: 미세먼지 좋음→주의");
        assertThat(korean.due(T0.plusSeconds(90))).as("said once").isEmpty();
    }

    @Test
    void aLevelThatWentBackWhileHeldIsNotSaid() {
        korean.see(List.of(tile(PM25, 20), tile(PM10, 40)), T0);
        korean.see(List.of(tile(PM25, 40), tile(PM10, 40)), T0.plusSeconds(1));
        korean.see(List.of(tile(PM25, 40), tile(PM10, 90)), T0.plusSeconds(5));
        korean.see(List.of(tile(PM25, 40), tile(PM10, 50)), T0.plusSeconds(10));
        assertThat(korean.heldFor(T0.plusSeconds(10))).isEmpty();
        assertThat(korean.due(T0.plusSeconds(40))).isEmpty();
    }

    @Test
    void aFirstValueIsSaidOnlyWhenItIsAWarningOrADanger() {
        korean.see(List.of(Tile.of(PM25, null, List.of(), T0), Tile.of(PM10, null, List.of(), T0)), T0);
        assertThat(korean.see(List.of(tile(PM25, 20), Tile.of(PM10, null, List.of(), T0)), T0.plusSeconds(1)))
                .isEmpty();
        assertThat(korean.see(List.of(tile(PM25, 20), tile(PM10, 200)), T0.plusSeconds(2)))
                .contains("1개 지표 갱신: 미세먼지 위험");
        assertThat(korean.see(List.of(tile(PM25, 90), tile(PM10, 40)), T0.plusSeconds(40)))
                .contains("2개 지표 갱신: 초미세먼지 좋음→위험, 미세먼지 위험→좋음");
    }

    @Test
    void manyChangesNameThreeAndCountTheRest() {
        korean.see(List.of(tile(PM25, 20), tile(PM10, 40), tile(O3, 0.03), tile(NO2, 0.02), tile(CO, 1)), T0);
        assertThat(korean.see(
                        List.of(tile(PM25, 90), tile(PM10, 90), tile(O3, 0.2), tile(NO2, 0.3), tile(CO, 20)),
                        T0.plusSeconds(2)))
                .contains("5개 지표 갱신: 초미세먼지 좋음→위험, 미세먼지 좋음→주의, 오존 좋음→위험 외 2개");
    }

    private static Tile tile(Indicator indicator, double value) {
        return Tile.of(indicator, new LatestValue(indicator.code(), "", T0, value, Origin.FEED), List.of(), T0);
    }

    private static Indicator indicator(String code, String ko, String en, double warn, double danger) {
        return new Indicator(
                code,
                ko,
                en,
                "",
                "AIR",
                "RealtimeCityAir",
                60,
                DisclosureClass.PUBLIC,
                "CLIMATE",
                true,
                true,
                warn,
                danger,
                1,
                1);
    }

    /** The app's translations, formatted as Vaadin's translation provider does. */
    private static ChangeAnnouncer.Words words(String language) {
        Properties properties = new Properties();
        try (InputStream in = ChangeAnnouncerTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Locale locale = Locale.forLanguageTag(language);
        return (key, args) -> new MessageFormat(properties.getProperty(key), locale).format(args);
    }
}
