package kr.seoul.smartcity.archive.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may see and who may change archive items, decided in one place and the same in search and on the page. */
@CityIntegrationTest
class ArchiveAccessIT {

    private static final List<Viewer> VIEWERS = List.of(
            Viewer.CITIZEN,
            new Viewer(Role.MAYOR, null),
            new Viewer(Role.ADMIN, "DIGITAL"),
            new Viewer(Role.OFFICIAL, "TRAFFIC"),
            new Viewer(Role.OFFICIAL, "CLIMATE"),
            new Viewer(Role.OFFICIAL, null));
    private static final ArchiveEditor TRAFFIC = ArchiveEditor.staff("traffic", Role.OFFICIAL, "TRAFFIC");
    private static final ArchiveEditor CLIMATE = ArchiveEditor.staff("climate", Role.OFFICIAL, "CLIMATE");
    private static final ArchiveEditor ADMIN = ArchiveEditor.staff("admin", Role.ADMIN, "DIGITAL");
    private static final ArchiveEditor MAYOR = ArchiveEditor.staff("mayor", Role.MAYOR, null);

    @LocalServerPort
    int port;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ArchiveAccess access;

    private static String unique() {
        return "acc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static ArchiveDraft draft(
            String title, String tag, DisclosureClass disclosure, String department, List<Role> restrictedRoles) {
        return new ArchiveDraft(
                title,
                ArchiveItemType.MEETING_RECORD,
                department,
                "서울시",
                LocalDate.of(2025, 6, 1),
                List.of(tag),
                ArchiveLanguage.KO,
                disclosure,
                restrictedRoles,
                "회의 기록");
    }

    @Test
    void theSearchFilterAndThePolicyAgreeForEveryViewerAndItem() {
        String tag = unique();
        List<ArchiveItem> items = List.of(
                archive.add(ADMIN, draft("공개 " + tag, tag, DisclosureClass.PUBLIC, "TRAFFIC", List.of()), List.of()),
                archive.add(ADMIN, draft("내부 " + tag, tag, DisclosureClass.INTERNAL, "TRAFFIC", List.of()), List.of()),
                archive.add(
                        ADMIN, draft("교통 한정 " + tag, tag, DisclosureClass.RESTRICTED, "TRAFFIC", List.of()), List.of()),
                archive.add(
                        ADMIN, draft("기후 한정 " + tag, tag, DisclosureClass.RESTRICTED, "CLIMATE", List.of()), List.of()),
                archive.add(
                        ADMIN,
                        draft("공무원 공유 " + tag, tag, DisclosureClass.RESTRICTED, "CLIMATE", List.of(Role.OFFICIAL)),
                        List.of()));
        indexer.drainNow();

        for (Viewer viewer : VIEWERS) {
            List<Long> allowed = items.stream()
                    .filter(item -> access.canSee(viewer, item))
                    .map(ArchiveItem::id)
                    .toList();
            assertThat(search.search(viewer, ArchiveQuery.of("tag:" + tag)).hits())
                    .as("search as %s", viewer)
                    .extracting(ArchiveHit::id)
                    .containsExactlyInAnyOrderElementsOf(allowed);
            assertThat(search.search(viewer, ArchiveQuery.of("tag:" + tag)).total())
                    .as("count as %s", viewer)
                    .isEqualTo(allowed.size());
            for (ArchiveItem item : items) {
                assertThat(archive.find(viewer, item.id()).isPresent())
                        .as("%s opening %s", viewer, item.title())
                        .isEqualTo(allowed.contains(item.id()));
            }
        }
        // spelled out once, so the matrix above cannot agree on something wrong
        assertThat(items.stream()
                        .filter(item -> access.canSee(new Viewer(Role.OFFICIAL, "CLIMATE"), item))
                        .map(ArchiveItem::title))
                .containsExactlyInAnyOrder("공개 " + tag, "내부 " + tag, "기후 한정 " + tag, "공무원 공유 " + tag);
        assertThat(items.stream()
                        .filter(item -> access.canSee(Viewer.CITIZEN, item))
                        .map(ArchiveItem::title))
                .containsExactly("공개 " + tag);
    }

    @Test
    void onlyAdministratorsAndTheOwningDepartmentChangeItems() {
        String tag = unique();
        ArchiveItem item = archive.add(
                TRAFFIC, draft("교통 회의록 " + tag, tag, DisclosureClass.PUBLIC, "TRAFFIC", List.of()), List.of());

        assertThatThrownBy(() -> archive.add(
                        TRAFFIC, draft("남의 부서 " + tag, tag, DisclosureClass.PUBLIC, "CLIMATE", List.of()), List.of()))
                .isInstanceOf(InvalidArchiveItemException.class)
                .hasMessageContaining("CLIMATE");
        assertThatThrownBy(() -> archive.add(
                        MAYOR, draft("시장 " + tag, tag, DisclosureClass.PUBLIC, "TRAFFIC", List.of()), List.of()))
                .isInstanceOf(InvalidArchiveItemException.class);
        assertThatThrownBy(() -> archive.update(
                        CLIMATE, item.id(), draft("바꿈 " + tag, tag, DisclosureClass.PUBLIC, "CLIMATE", List.of())))
                .isInstanceOf(InvalidArchiveItemException.class);
        assertThatThrownBy(() -> archive.update(
                        TRAFFIC, item.id(), draft("넘김 " + tag, tag, DisclosureClass.PUBLIC, "CLIMATE", List.of())))
                .as("moving an item to another department needs both")
                .isInstanceOf(InvalidArchiveItemException.class);
        assertThatThrownBy(() -> archive.delete(CLIMATE, item.id())).isInstanceOf(InvalidArchiveItemException.class);
        assertThatThrownBy(() -> archive.addFile(CLIMATE, item.id(), new NewFile("a.txt", "x".getBytes())))
                .isInstanceOf(InvalidArchiveItemException.class);
        assertThat(archive.find(Viewer.CITIZEN, item.id()).orElseThrow().item().title())
                .isEqualTo("교통 회의록 " + tag);

        assertThat(archive.update(
                                TRAFFIC,
                                item.id(),
                                draft("교통 회의록(수정) " + tag, tag, DisclosureClass.PUBLIC, "TRAFFIC", List.of()))
                        .title())
                .isEqualTo("교통 회의록(수정) " + tag);
        assertThat(archive.delete(ADMIN, item.id())).isTrue();
        assertThat(archive.find(new Viewer(Role.MAYOR, null), item.id())).isEmpty();
    }

    @Test
    void aReclassifiedItemIsHiddenAtOnceEvenBeforeTheIndexFollows() throws Exception {
        String tag = unique();
        ArchiveItem item = archive.add(
                ADMIN,
                draft("재분류 대상 " + tag, tag, DisclosureClass.PUBLIC, "TRAFFIC", List.of()),
                List.of(new NewFile("memo.txt", ("재분류 " + tag).getBytes())));
        indexer.drainNow();
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)).hits())
                .extracting(ArchiveHit::id)
                .containsExactly(item.id());
        assertThat(search.suggest(Viewer.CITIZEN, "재분류 대상", 10)).contains("재분류 대상 " + tag);

        // the indexer paused: the index keeps the public copy until it runs again
        indexer.stop();
        try {
            archive.update(
                    ADMIN, item.id(), draft("재분류 대상 " + tag, tag, DisclosureClass.INTERNAL, "TRAFFIC", List.of()));
            assertThat(indexer.pending()).as("the change waits in the outbox").isPositive();

            assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)).hits())
                    .isEmpty();
            assertThat(search.suggest(Viewer.CITIZEN, "재분류 대상", 10)).doesNotContain("재분류 대상 " + tag);
            assertThat(archive.find(Viewer.CITIZEN, item.id())).isEmpty();
            assertThat(status("/api/public/archive/items/" + item.id())).isEqualTo(404);
            assertThat(body("/api/public/archive/search?q=" + tag)).doesNotContain("재분류 대상");
            assertThat(search.search(new Viewer(Role.OFFICIAL, "CLIMATE"), ArchiveQuery.of(tag))
                            .hits())
                    .extracting(ArchiveHit::id)
                    .containsExactly(item.id());
        } finally {
            indexer.start();
        }
        indexer.drainNow();
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)).total())
                .as("the index caught up")
                .isZero();
    }

    private int status(String path) throws Exception {
        return send(path).statusCode();
    }

    private String body(String path) throws Exception {
        return send(path).body();
    }

    private HttpResponse<String> send(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
