package kr.seoul.smartcity.archive.service;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Titles and texts with markup in them come back from every kind of search as text: escaped, with only the app's
 * own {@code <em>} around matches. A search without a text match (an empty query, only {@code producer:},
 * {@code type:} or {@code tag:}) takes the snippet from Elasticsearch's {@code no_match_size}, which it never
 * encodes; a report titled {@code <img onerror=...>} once ran in the mayor's browser that way.
 */
@CityIntegrationTest
class ArchiveSnippetSafetyIT {

    private static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=1</script>";
    /** Any tag but the highlight's own. */
    private static final Pattern FOREIGN_TAG = Pattern.compile("<(?!/?em>)[^>]*>");

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void markupInTitlesAndTextsNeverComesBackAsMarkup() throws Exception {
        String tag = "xss" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String producer = "producer" + tag;
        ArchiveItem item = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        PAYLOAD + " 교통 보고 " + tag,
                        ArchiveItemType.RESEARCH_REPORT,
                        "TRAFFIC",
                        producer,
                        LocalDate.of(2025, 1, 2),
                        List.of(tag),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        "요약 " + PAYLOAD),
                List.of(new NewFile(
                        "report.txt",
                        (PAYLOAD + " 서울시의 교통 " + tag + " 보고서 본문 " + PAYLOAD).getBytes(StandardCharsets.UTF_8))));
        indexer.drainNow();

        for (String query : List.of(
                "tag:" + tag,
                "producer:" + producer,
                "type:RESEARCH_REPORT tag:" + tag,
                tag,
                "교통 " + tag,
                "img " + tag,
                "onerror " + tag)) {
            for (Viewer viewer : List.of(Viewer.CITIZEN, new Viewer(Role.MAYOR, null))) {
                List<ArchiveHit> hits =
                        search.search(viewer, ArchiveQuery.of(query)).hits();
                assertThat(hits).as(query).extracting(ArchiveHit::id).containsExactly(item.id());
                ArchiveHit hit = hits.getFirst();
                assertSafe(query, hit.titleHtml());
                assertSafe(query, hit.snippetHtml());
                assertThat(hit.titleHtml().replaceAll("</?em>", "")).as(query).contains("&lt;img src=x onerror=");
            }
            JsonNode page = json.readTree(
                    get("/api/public/archive/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            assertThat(page.path("hits")).as(query).hasSize(1);
            assertSafe(query, page.path("hits").get(0).path("snippet").asString());
            // the title is data in JSON, as written
            assertThat(page.path("hits").get(0).path("title").asString()).startsWith(PAYLOAD);
        }
        // an empty query shows the beginning of the text, escaped
        ArchiveHit everything = search.search(Viewer.CITIZEN, ArchiveQuery.of("tag:" + tag))
                .hits()
                .getFirst();
        assertThat(everything.snippetHtml()).startsWith("&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;");
        // a text match is marked, and only by the app
        ArchiveHit matched = search.search(Viewer.CITIZEN, ArchiveQuery.of("교통 " + tag))
                .hits()
                .getFirst();
        assertThat(matched.snippetHtml()).contains("<em>");
    }

    @Test
    void oneHugeDocumentDoesNotBreakHighlightedSearch() {
        String tag = "huge" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder text = new StringBuilder("시작 " + tag + " 서울시 교통 ");
        while (text.length() < 1_200_000) {
            text.append("서울시의 대중교통 이용 현황과 개선 방안을 정리한 문단입니다. ");
        }
        text.append(" 마지막 ").append(tag);
        ArchiveItem huge = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        "대용량 보고서 " + tag,
                        ArchiveItemType.RESEARCH_REPORT,
                        "TRAFFIC",
                        "서울연구원",
                        LocalDate.of(2025, 1, 3),
                        List.of(tag),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        "요약"),
                List.of(new NewFile("huge.txt", text.toString().getBytes(StandardCharsets.UTF_8))));
        indexer.drainNow();

        // past Elasticsearch's own limit (a million characters) an unbounded highlighter fails the whole search
        List<ArchiveHit> hits =
                search.search(Viewer.CITIZEN, ArchiveQuery.of("대중교통 " + tag)).hits();
        assertThat(hits).extracting(ArchiveHit::id).containsExactly(huge.id());
        assertThat(hits.getFirst().snippetHtml()).contains("<em>");
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of("마지막 " + tag)).hits())
                .extracting(ArchiveHit::id)
                .containsExactly(huge.id());
    }

    private static void assertSafe(String query, String html) {
        Matcher foreign = FOREIGN_TAG.matcher(html);
        assertThat(foreign.find())
                .as("a tag other than <em> in the answer to '%s': %s", query, html)
                .isFalse();
        assertThat(html).as(query).doesNotContain("<img").doesNotContain("<script");
    }

    private String get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }
    }
}
