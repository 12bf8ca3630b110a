package kr.seoul.smartcity.archive.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveFile;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.NewFile;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Archive files as a download client sees them: streamed, in ranges, and never run as a page of the app. */
@CityIntegrationTest
class ArchiveFileDownloadIT {

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archive;

    private ArchiveFile stored(String fileName, byte[] content) {
        ArchiveItem item = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        "내려받기 " + fileName + " " + System.nanoTime(),
                        ArchiveItemType.STATISTICS,
                        "TRAFFIC",
                        "서울시",
                        LocalDate.of(2025, 2, 1),
                        List.of(),
                        ArchiveLanguage.KO,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        ""),
                List.of(new NewFile(fileName, content)));
        return archive.find(Viewer.CITIZEN, item.id()).orElseThrow().files().getFirst();
    }

    private static String href(ArchiveFile file) {
        return "/api/public/archive/items/" + file.itemId() + "/files/" + file.id();
    }

    @Test
    void aLargeFileIsServedWholeAndInTheRangesAsked() throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (int line = 0; text.size() < 3_000_000; line++) {
            text.writeBytes(("교통량 측정 기록 " + line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] content = text.toByteArray();
        ArchiveFile file = stored("traffic-log.txt", content);

        HttpResponse<byte[]> whole = get(href(file));
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValueAsLong("Content-Length")).hasValue(content.length);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(whole.body())))
                .isEqualTo(file.sha256());

        HttpResponse<byte[]> middle = get(href(file), "Range", "bytes=1000000-1299999");
        assertThat(middle.statusCode()).isEqualTo(206);
        assertThat(middle.headers().firstValue("Content-Range")).contains("bytes 1000000-1299999/" + content.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 1_000_000, 1_300_000));

        HttpResponse<byte[]> tail = get(href(file), "Range", "bytes=-700");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 700, content.length));

        HttpResponse<byte[]> pastTheEnd = get(href(file), "Range", "bytes=" + (content.length + 10) + "-");
        assertThat(pastTheEnd.statusCode()).isEqualTo(416);
    }

    @Test
    void uploadedPagesAreDownloadedAndSandboxedNeverShownOnTheAppsOrigin() throws Exception {
        ArchiveFile page = stored(
                "notice.html",
                "<html><body><script>alert(document.cookie)</script>안내</body></html>".getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> response = get(href(page));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/octet-stream");
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .anySatisfy(policy -> assertThat(policy).contains("sandbox"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        ArchiveFile text = stored("readme.txt", "읽어 보세요".getBytes(StandardCharsets.UTF_8));
        assertThat(get(href(text)).headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline");
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
