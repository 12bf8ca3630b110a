package kr.seoul.smartcity.cityfeed.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.domain.Seoul;
import kr.seoul.smartcity.base.domain.SeoulDistrict;
import kr.seoul.smartcity.cityfeed.domain.DataSource;
import kr.seoul.smartcity.cityfeed.domain.SourceKind;
import kr.seoul.smartcity.cityfeed.service.ReplayServer.Reply;
import kr.seoul.smartcity.citystatus.domain.Indicator;
import kr.seoul.smartcity.citystatus.domain.IndicatorMetadata;
import kr.seoul.smartcity.citystatus.service.IndicatorCatalog;
import kr.seoul.smartcity.security.service.Viewer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter catalogue that ships with the product: every declared source, run by the real fetcher against a
 * recorded answer in its service's real format ({@code src/test/resources/replay/starter/<source>}), maps it
 * without a broken field, into the values worked out by hand in {@code EXPECTED.md}; and citizens find at least 60
 * public indicators across the ten areas, each with its source, dataset link and description.
 */
class StarterCatalogueIT extends ReplayedFeeds {

    private static final String STARTER = "replay/starter/";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    DeclaredSources sources;

    @Autowired
    DeclaredSourceRunner runner;

    @Autowired
    IndicatorCatalog catalog;

    @Test
    void everyStarterSourceMapsItsRecordedAnswerIntoTheValuesWorkedOutByHand() throws IOException {
        Map<String, List<Expected>> expected =
                Expected.read().stream().collect(Collectors.groupingBy(Expected::source));
        List<String> recorded = recordedAnswers();
        assertThat(recorded).as("recorded answers").hasSizeGreaterThanOrEqualTo(40);
        assertThat(expected.keySet())
                .as("every expectation has its recorded answer")
                .isSubsetOf(recorded);

        SoftAssertions softly = new SoftAssertions();
        for (String name : recorded) {
            DataSource source = sources.find(name).orElseThrow(() -> new AssertionError("no starter source " + name));
            answerWith(source);

            DeclaredSourceRunner.DryRun dry = runner.dryRun(source);

            softly.assertThat(dry.ok()).as(name + ": " + dry.problem()).isTrue();
            if (!dry.ok()) {
                continue;
            }
            softly.assertThat(dry.mapped().observations())
                    .as(name + " gives values")
                    .isNotEmpty();
            for (Expected check : expected.getOrDefault(name, List.of())) {
                softly.assertThat(dry.mapped().observations())
                        .as(name + ": " + check)
                        .anySatisfy(value -> {
                            assertThat(value.indicatorCode()).isEqualTo(check.indicator());
                            assertThat(value.districtCode()).isEqualTo(check.district());
                            if (check.at() != null) {
                                assertThat(value.observedAt()).isEqualTo(check.at());
                            }
                            assertThat(value.value())
                                    .isCloseTo(check.value(), org.assertj.core.data.Offset.offset(1e-6));
                        });
            }
        }
        softly.assertAll();
    }

    @Test
    void citizensFindAtLeastSixtyPublicIndicatorsAcrossTheTenAreasEachWithSourceLinkAndDescription() {
        List<Indicator> visible = catalog.visibleTo(Viewer.CITIZEN);

        assertThat(visible).hasSizeGreaterThanOrEqualTo(60);
        assertThat(visible.stream().map(Indicator::area).distinct())
                .as("areas")
                .containsExactlyInAnyOrder(
                        "SAFETY",
                        "TRANSPORT",
                        "AIR",
                        "WATER",
                        "PRICES",
                        "FINANCES",
                        "PARKS",
                        "POPULATION",
                        "ECONOMY",
                        "CULTURE");
        List<IndicatorMetadata> metadata = visible.stream()
                .map(indicator -> catalog.entry(indicator.code()).orElseThrow().metadata())
                .toList();
        assertThat(visible)
                .allSatisfy(indicator ->
                        assertThat(indicator.source()).as(indicator.code()).isNotBlank());
        assertThat(metadata).allSatisfy(about -> {
            assertThat(about.summaryKo()).isNotBlank();
            assertThat(about.descriptionEn()).isNotBlank();
        });
        assertThat(metadata.stream().filter(about -> about.datasetUrl() != null))
                .as("public numbers with a dataset link")
                .hasSizeGreaterThanOrEqualTo(60);
        List<String> declared = sources.all().stream().map(DataSource::name).toList();
        assertThat(visible.stream().filter(indicator -> declared.contains(indicator.source())))
                .as("indicators a declared source feeds")
                .hasSizeGreaterThanOrEqualTo(60);
    }

    /** Serves the source's recorded answer, whatever it asks; a file source finds it in its drop folder. */
    private static void answerWith(DataSource source) throws IOException {
        if (source.kind() == SourceKind.FILE) {
            Path folder = FILE_DROP.resolve(source.request().url());
            Files.createDirectories(folder);
            try (InputStream in = resource(STARTER + source.name() + ".csv")) {
                Files.write(folder.resolve(source.name() + ".csv"), in.readAllBytes());
            }
            return;
        }
        replay.on("", Reply.file("starter/" + source.name() + ".json"));
    }

    private static List<String> recordedAnswers() throws IOException {
        List<String> names = new ArrayList<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:" + STARTER + "*")) {
            String name = file.getFilename();
            if (name != null && (name.endsWith(".json") || name.endsWith(".csv"))) {
                names.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        return names;
    }

    private static InputStream resource(String name) {
        InputStream in = StarterCatalogueIT.class.getResourceAsStream("/" + name);
        if (in == null) {
            throw new IllegalArgumentException("No resource " + name);
        }
        return in;
    }

    /**
     * A value worked out by hand, a line of EXPECTED.md's table.
     *
     * @param district null for the city
     * @param at       null for "the time of the fetch"
     */
    record Expected(String source, String indicator, String district, Instant at, double value) {

        static List<Expected> read() {
            try (InputStream in = resource(STARTER + "EXPECTED.md")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .filter(line -> line.startsWith("| ") && !line.startsWith("| source"))
                        .map(Expected::parse)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Expected parse(String line) {
            String[] cells = line.substring(1).split("\\|");
            String district = cells[2].strip();
            String code = district.equals("city")
                    ? null
                    : SeoulDistrict.byName(district.replaceAll("\\s*\\(.*", ""))
                            .orElseThrow(() -> new IllegalArgumentException("unknown district in " + line))
                            .code();
            String time = cells[3].strip();
            Instant at = time.equals("fetch")
                    ? null
                    : LocalDateTime.parse(time, MINUTES).atZone(Seoul.ZONE).toInstant();
            return new Expected(
                    cells[0].replaceAll("\\(.*\\)", "").strip(),
                    cells[1].strip(),
                    code,
                    at,
                    Double.parseDouble(cells[4].strip()));
        }
    }
}
