package kr.seoul.smartcity.shell;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.cityfeed.service.SourceStatusService;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.summary.domain.Passage;
import kr.seoul.smartcity.summary.service.SourceDocument;
import kr.seoul.smartcity.summary.service.SummaryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Prometheus scrapes from the management port after each thing a metric counts has happened: the named metrics
 * with their labels, and counts that went up by what was done.
 */
@CityIntegrationTest
class MetricsIT {

    @LocalManagementPort
    int managementPort;

    @Autowired
    ApprovalService approval;

    @Autowired
    SourceStatusService feeds;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    SummaryService summaries;

    @Test
    void openUisSessionsAndPushLatencyAreExposed() throws Exception {
        String scrape = scrape();
        assertThat(value(scrape, "city_ui_open", "")).isGreaterThanOrEqualTo(0);
        assertThat(value(scrape, "city_ui_sessions", "")).isGreaterThanOrEqualTo(0);
        assertThat(value(scrape, "city_push_latency_seconds_count", "")).isGreaterThanOrEqualTo(0);
        assertThat(scrape).contains("city_push_latency_seconds_bucket{");
        assertThat(scrape).as("every metric names its application").contains("application=\"smart-city-platform\"");
    }

    @Test
    void feedPollsAreCountedPerSourceAndOutcomeWithTheSourcesLag() throws Exception {
        String source = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        feeds.recordSuccess(source, 3);
        feeds.recordSuccess(source, 2);
        feeds.recordFailure(source, "upstream 503");

        String scrape = scrape();
        assertThat(value(scrape, "city_feed_polls_total", "outcome=\"success\",source=\"" + source + "\""))
                .isEqualTo(2);
        assertThat(value(scrape, "city_feed_polls_total", "outcome=\"failure\",source=\"" + source + "\""))
                .isEqualTo(1);
        assertThat(value(scrape, "city_feed_lag_seconds", "source=\"" + source + "\""))
                .isBetween(0.0, 60.0);
    }

    @Test
    void archiveIndexingIsCountedAndTheOutboxDepthShown() throws Exception {
        double before = value(scrape(), "city_archive_indexed_total", "outcome=\"indexed\"");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2; i++) {
            archive.add(
                    ArchiveEditor.system("test"),
                    new ArchiveDraft(
                            "지표 시험 " + tag + " " + i,
                            ArchiveItemType.BROCHURE,
                            "TRAFFIC",
                            "서울시",
                            LocalDate.of(2025, 3, 4),
                            List.of("시험"),
                            ArchiveLanguage.KO,
                            DisclosureClass.PUBLIC,
                            List.of(),
                            "지표 시험"),
                    List.of());
        }
        indexer.drainNow();

        String scrape = scrape();
        assertThat(value(scrape, "city_archive_indexed_total", "outcome=\"indexed\""))
                .isGreaterThanOrEqualTo(before + 2);
        // read from PostgreSQL when scraped (the indexer drains in the background, so only its range is certain)
        assertThat(value(scrape, "city_archive_outbox", "")).isNotNaN().isGreaterThanOrEqualTo(0);
    }

    @Test
    void approvalActionsAreCountedByKind() throws Exception {
        String before = scrape();
        DocumentView draft = approval.saveDraft(
                Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        "지표 시험 보고 " + UUID.randomUUID(),
                        "본문",
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        List.of(),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        DocumentView submitted = approval.submit(
                Actor.of("traffic"), draft.document().id(), draft.document().revision());
        approval.approve(
                Actor.of("director"),
                submitted.document().id(),
                submitted.document().revision(),
                null);

        String after = scrape();
        for (String action : List.of("CREATE", "SUBMIT", "APPROVE")) {
            String labels = "action=\"" + action + "\"";
            assertThat(value(after, "city_approval_actions_total", labels))
                    .as(action)
                    .isEqualTo(orZero(before, "city_approval_actions_total", labels) + 1);
        }
    }

    @Test
    void summaryCallsAndTheirFallbacksAreCountedWithTheReason() throws Exception {
        String before = scrape();
        SourceDocument document = new SourceDocument(
                "test:metrics-" + UUID.randomUUID(),
                "지표 시험",
                "checksum",
                List.of(new Passage("p1", "서울시는 대기질을 개선하기 위해 노후 경유차 운행을 제한한다.", "개요")));

        summaries.summarise(document, AppLanguage.KOREAN).blockLast(Duration.ofSeconds(30));

        // the embedded default has no model: every summary is extractive
        String after = scrape();
        assertThat(value(after, "city_summary_calls_total", "answer=\"fallback\""))
                .isEqualTo(orZero(before, "city_summary_calls_total", "answer=\"fallback\"") + 1);
        assertThat(value(after, "city_summary_fallbacks_total", "reason=\"NOT_CONFIGURED\""))
                .isEqualTo(orZero(before, "city_summary_fallbacks_total", "reason=\"NOT_CONFIGURED\"") + 1);
    }

    @Test
    void everyMetricTheGrafanaDashboardAsksForIsScraped() throws Exception {
        feeds.recordSuccess("metrics-dashboard", 1);
        approval.saveDraft(
                Actor.of("traffic"),
                null,
                0,
                new DocumentDraft(
                        FormType.REPORT,
                        "지표 대시보드 " + UUID.randomUUID(),
                        "본문",
                        null,
                        DisclosureLevel.PUBLIC,
                        null,
                        Retention.YEARS_5,
                        List.of(),
                        List.of(LineEntry.approval("director")),
                        List.of(),
                        List.of()));
        summaries
                .summarise(
                        new SourceDocument(
                                "test:dashboard-" + UUID.randomUUID(),
                                "지표",
                                "checksum",
                                List.of(new Passage("p1", "서울시 교통 정책을 요약한다.", "개요"))),
                        AppLanguage.KOREAN)
                .blockLast(Duration.ofSeconds(30));
        String dashboard = Files.readString(Path.of("docker/grafana/smart-city-platform.json"));
        Set<String> asked = new TreeSet<>();
        Matcher name = Pattern.compile("city_[a-z_]+").matcher(dashboard);
        while (name.find()) {
            asked.add(name.group());
        }
        assertThat(asked).hasSizeGreaterThanOrEqualTo(10);

        String scrape = scrape();
        assertThat(asked)
                .allSatisfy(metric -> assertThat(scrape).as(metric).containsPattern("(?m)^" + metric + "[{ ]"));
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + managementPort + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The sample of that metric whose labels include these (Prometheus writes labels in alphabetical order). */
    private static double value(String scrape, String metric, String labels) {
        Double found = find(scrape, metric, labels);
        assertThat(found)
                .as(metric + "{" + labels + "} in\n"
                        + scrape.lines().filter(line -> line.startsWith(metric)).toList())
                .isNotNull();
        return found;
    }

    private static double orZero(String scrape, String metric, String labels) {
        Double found = find(scrape, metric, labels);
        return found == null ? 0 : found;
    }

    private static Double find(String scrape, String metric, String labels) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$")
                .matcher(scrape);
        while (line.find()) {
            if (line.group(1).contains(labels)) {
                return Double.parseDouble(line.group(2));
            }
        }
        return null;
    }
}
