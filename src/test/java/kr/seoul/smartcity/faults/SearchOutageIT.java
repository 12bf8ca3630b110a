package kr.seoul.smartcity.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.approval.domain.DisclosureLevel;
import kr.seoul.smartcity.approval.domain.FormType;
import kr.seoul.smartcity.approval.domain.LineEntry;
import kr.seoul.smartcity.approval.domain.Retention;
import kr.seoul.smartcity.approval.service.Actor;
import kr.seoul.smartcity.approval.service.ApprovalService;
import kr.seoul.smartcity.approval.service.DocumentDraft;
import kr.seoul.smartcity.approval.service.DocumentView;
import kr.seoul.smartcity.archive.service.ArchiveBulkImport;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveImportReport;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.dev.SearchOutage;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch down while a bulk import runs and documents are approved: PostgreSQL takes everything (the import
 * reports every row stored, approvals complete and their archiving waits in the outbox), citizens searching meanwhile
 * are told the search is unavailable in plain words, and once Elasticsearch is back every item is found, each once.
 */
@CityIntegrationTest
class SearchOutageIT {

    private static final int ROWS = 6;

    @LocalServerPort
    int port;

    @Autowired
    ArchiveBulkImport bulkImport;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ApprovalService approval;

    @TempDir
    Path folder;

    @Test
    void nothingIsLostWhileSearchIsDownAndEverythingIsFoundOnceAfter() throws Exception {
        String tag = "outage" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder csv =
                new StringBuilder("file,title,type,department,producer,issued_on,language,disclosure,tags\n");
        for (int row = 1; row <= ROWS; row++) {
            Files.writeString(
                    folder.resolve("note-" + row + ".txt"), "장애 중 수집 기록 " + row + " " + tag, StandardCharsets.UTF_8);
            csv.append("note-")
                    .append(row)
                    .append(".txt,장애 중 수집 ")
                    .append(row)
                    .append(" ")
                    .append(tag)
                    .append(",STATISTICS,CLIMATE,서울시,2025-02-0")
                    .append(row)
                    .append(",ko,PUBLIC,")
                    .append(tag)
                    .append('\n');
        }
        Files.writeString(folder.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);

        SearchOutage.stop();
        long approvedId;
        try {
            ArchiveImportReport report =
                    bulkImport.importFolder(folder, null, ArchiveEditor.system("system:import"), row -> {});
            assertThat(report.problem()).isNull();
            assertThat(report.imported()).as("every row stored in PostgreSQL").isEqualTo(ROWS);
            assertThat(report.failed()).isZero();

            DocumentView draft = approval.saveDraft(
                    Actor.of("traffic"),
                    null,
                    0,
                    new DocumentDraft(
                            FormType.REPORT,
                            "장애 중 결재 " + tag,
                            "검색이 멈춘 동안 결재한 문서 " + tag,
                            null,
                            DisclosureLevel.PUBLIC,
                            null,
                            Retention.YEARS_5,
                            List.of(tag),
                            List.of(LineEntry.approval("director")),
                            List.of(),
                            List.of()));
            DocumentView submitted = approval.submit(
                    Actor.of("traffic"), draft.document().id(), draft.document().revision());
            approvedId = approval.approve(
                            Actor.of("director"),
                            submitted.document().id(),
                            submitted.document().revision(),
                            null)
                    .document()
                    .id();
            assertThat(approval.approvedDocument(approvedId))
                    .as("the approval completed")
                    .isPresent();

            assertThat(indexer.pending()).as("waiting for the index").isGreaterThanOrEqualTo(ROWS);
            assertThatThrownBy(() -> search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)))
                    .isInstanceOf(ArchiveUnavailableException.class)
                    .hasMessage("The archive search is not available right now");
            HttpResponse<String> api = get("/api/public/archive/search?q=" + tag);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body())
                    .contains("not available right now")
                    .doesNotContain("Exception")
                    .doesNotContain("Connection refused")
                    .doesNotContain("elasticsearch");
        } finally {
            SearchOutage.start();
        }

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    indexer.drainNow();
                    List<ArchiveHit> hits = search.search(
                                    new Viewer(Role.MAYOR, null),
                                    ArchiveQuery.of("tag:" + tag).withPage(0, 50))
                            .hits();
                    assertThat(hits)
                            .as("the import and the approved document, each once")
                            .hasSize(ROWS + 1);
                    assertThat(hits.stream().map(ArchiveHit::id).distinct().count())
                            .isEqualTo(ROWS + 1);
                });
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)).total()).isEqualTo(ROWS + 1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
