package kr.seoul.smartcity.archive.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.archive.domain.ArchiveFile;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.FileContent;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveItemDetails;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.archive.service.ArchiveService;
import kr.seoul.smartcity.archive.service.ArchiveUnavailableException;
import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open data API of the archive: PUBLIC items only, whoever asks. Documented in the README. */
@RestController
@RequestMapping("/api/public/archive")
class PublicArchiveController {

    private final ArchiveSearchService search;
    private final ArchiveService archive;

    PublicArchiveController(ArchiveSearchService search, ArchiveService archive) {
        this.search = search;
        this.archive = archive;
    }

    record Hit(long id, String title, String type, String department, LocalDate date, String snippet, double score) {
        static Hit of(ArchiveHit hit) {
            return new Hit(
                    hit.id(),
                    hit.title(),
                    hit.type().name(),
                    hit.departmentCode(),
                    hit.issuedOn(),
                    hit.snippetHtml(),
                    hit.score());
        }
    }

    /**
     * A page of hits. {@code notice} says how the text was read when it was cut or meant syntax that is not complete;
     * {@code didYouMean} is a spelling that finds documents the typed one does not; {@code broader}, when nothing
     * matched, is the broader search whose hits are shown ({@code shown}) or that would find {@code total}.
     */
    record SearchPage(
            long total,
            int page,
            int size,
            @Nullable String next,
            List<Hit> hits,
            Map<String, List<ArchiveSearchResult.FacetCount>> facets,
            @Nullable String notice,
            @Nullable String didYouMean,
            @Nullable BroaderSearch broader) {}

    record BroaderSearch(String kind, long total, boolean shown) {}

    record FileLink(long id, String name, String contentType, long size, String sha256, String href) {}

    record Item(
            long id,
            String title,
            String type,
            String department,
            String producer,
            LocalDate date,
            List<String> tags,
            String language,
            String summary,
            List<FileLink> files) {}

    @GetMapping("/search")
    SearchPage search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(required = false) String after) {
        if (page < 0 || size < 1 || size > ArchiveQuery.MAX_SIZE) {
            throw new InvalidRequest("page must be 0 or more and size between 1 and " + ArchiveQuery.MAX_SIZE);
        }
        ArchiveQuery query = ArchiveQuery.of(q)
                .withPage(page, size)
                .withSort("date".equalsIgnoreCase(sort) ? ArchiveQuery.Sort.DATE : ArchiveQuery.Sort.RELEVANCE);
        if (after != null && !after.isBlank()) {
            query = query.after(after);
        }
        ArchiveSearchResult result = search.search(Viewer.CITIZEN, query);
        return new SearchPage(
                result.total(),
                page,
                size,
                result.nextCursor(),
                result.hits().stream().map(Hit::of).toList(),
                Map.of(
                        "type",
                        result.facets().types(),
                        "department",
                        result.facets().departments(),
                        "year",
                        result.facets().years(),
                        "tags",
                        result.facets().tags()),
                result.notice() == null ? null : result.notice().message(),
                result.correction(),
                result.broader() == null
                        ? null
                        : new BroaderSearch(
                                result.broader().kind().name(),
                                result.broader().total(),
                                result.broader().shown()));
    }

    @GetMapping("/items/{id}")
    ResponseEntity<Item> item(@PathVariable long id) {
        return archive.find(Viewer.CITIZEN, id)
                .map(PublicArchiveController::item)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/items/{id}/files/{fileId}")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long fileId) {
        return archive.file(Viewer.CITIZEN, id, fileId)
                .map(PublicArchiveController::download)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Item item(ArchiveItemDetails details) {
        ArchiveItem item = details.item();
        List<FileLink> files =
                details.files().stream().map(file -> link(item, file)).toList();
        return new Item(
                item.id(),
                item.title(),
                item.type().name(),
                item.departmentCode(),
                item.producer(),
                item.issuedOn(),
                item.tags(),
                item.language().code(),
                item.summary(),
                files);
    }

    private static FileLink link(ArchiveItem item, ArchiveFile file) {
        return new FileLink(
                file.id(),
                file.fileName(),
                file.contentType(),
                file.sizeBytes(),
                file.sha256(),
                "/api/public/archive/items/" + item.id() + "/files/" + file.id());
    }

    /**
     * The file, streamed, with {@code Range} support. Only types that run nothing are shown in place; HTML, SVG and
     * the rest are downloaded and, should a browser open one anyway, sandboxed: an uploaded page never runs on the
     * application's origin.
     */
    private static ResponseEntity<Resource> download(FileContent file) {
        boolean inline = ArchiveFileResource.showsInline(file.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8)
                .build();
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(inline ? MediaType.parseMediaType(file.contentType()) : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .eTag('"' + file.sha256() + '"');
        if (!inline) {
            response.header("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        return response.body(new ArchiveFileResource(file));
    }

    static class InvalidRequest extends RuntimeException {
        InvalidRequest(String message) {
            super(message);
        }
    }

    record Problem(int status, String error) {}

    @ExceptionHandler({InvalidArchiveQueryException.class, InvalidRequest.class})
    ResponseEntity<Problem> badQuery(RuntimeException e) {
        return ResponseEntity.badRequest().body(new Problem(400, e.getMessage()));
    }

    @ExceptionHandler(ArchiveUnavailableException.class)
    ResponseEntity<Problem> unavailable(ArchiveUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Problem(503, e.getMessage()));
    }
}
