package kr.seoul.smartcity.archive.api;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The archive's open data API as an outside program uses it, without signing in. */
@CityIntegrationTest
class PublicArchiveApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveIndexer indexer;

    private final JsonMapper json = JsonMapper.builder().build();

    private ArchiveItem add(String title, DisclosureClass disclosure, List<NewFile> files) {
        return archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        title,
                        ArchiveItemType.BROCHURE,
                        "TRAFFIC",
                        "서울시",
                        LocalDate.of(2025, 3, 4),
                        List.of("교통"),
                        ArchiveLanguage.KO,
                        disclosure,
                        List.of(),
                        "서울시의 교통 안내"),
                files);
    }

    @Test
    void onlyPublicItemsAndTheirFilesAreServed() throws Exception {
        String tag = "api" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        byte[] text = ("교통 안내 " + tag).getBytes(StandardCharsets.UTF_8);
        ArchiveItem open = add("공개 안내 " + tag, DisclosureClass.PUBLIC, List.of(new NewFile("guide.txt", text)));
        ArchiveItem internal = add("내부 안내 " + tag, DisclosureClass.INTERNAL, List.of(new NewFile("memo.txt", text)));
        ArchiveItem restricted = add("비공개 안내 " + tag, DisclosureClass.RESTRICTED, List.of());
        indexer.drainNow();

        HttpResponse<String> search =
                get("/api/public/archive/search?q=" + URLEncoder.encode("서울시 " + tag, StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
        JsonNode page = json.readTree(search.body());
        assertThat(page.path("total").asLong()).isEqualTo(1);
        assertThat(page.path("hits").get(0).path("id").asLong()).isEqualTo(open.id());
        assertThat(page.path("hits").get(0).path("snippet").asString()).contains("<em>");
        assertThat(page.path("facets").path("department").get(0).path("count").asLong())
                .isEqualTo(1);

        HttpResponse<String> item = get("/api/public/archive/items/" + open.id());
        assertThat(item.statusCode()).isEqualTo(200);
        JsonNode file = json.readTree(item.body()).path("files").get(0);
        HttpResponse<String> bytes = get(file.path("href").asString());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(bytes.body()).contains(tag);

        assertThat(get("/api/public/archive/items/" + internal.id()).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/public/archive/items/" + restricted.id()).statusCode())
                .isEqualTo(404);
        long internalFile = archive.find(
                        new kr.seoul.smartcity.security.service.Viewer(
                                kr.seoul.smartcity.directory.domain.Role.MAYOR, null),
                        internal.id())
                .orElseThrow()
                .files()
                .getFirst()
                .id();
        assertThat(get("/api/public/archive/items/" + internal.id() + "/files/" + internalFile)
                        .statusCode())
                .isEqualTo(404);

        HttpResponse<String> unclosed =
                get("/api/public/archive/search?q=" + URLEncoder.encode("(" + tag, StandardCharsets.UTF_8));
        assertThat(unclosed.statusCode())
                .as("an unclosed bracket is searched as text")
                .isEqualTo(200);
        assertThat(json.readTree(unclosed.body()).path("total").asLong()).isPositive();
        HttpResponse<String> incomplete =
                get("/api/public/archive/search?q=" + URLEncoder.encode("title: " + tag, StandardCharsets.UTF_8));
        assertThat(incomplete.statusCode()).isEqualTo(200);
        assertThat(json.readTree(incomplete.body()).path("notice").asString()).contains("'title:' needs a value");
        assertThat(get("/api/public/archive/search?q=x&size=1000").statusCode())
                .as("a page size out of range")
                .isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
