package kr.seoul.smartcity.archive.service;

import java.nio.charset.StandardCharsets;
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
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Approved documents reach the archive, with their disclosure class deciding who finds them. */
@CityIntegrationTest
class ApprovedDocumentArchiveIT {

    private static final Actor TRAFFIC = Actor.of("traffic");
    private static final Actor DIRECTOR = Actor.of("director");
    private static final Actor MAYOR = Actor.of("mayor");
    private static final Viewer TRAFFIC_OFFICIAL = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE_OFFICIAL = new Viewer(Role.OFFICIAL, "CLIMATE");

    @Autowired
    ApprovalService approval;

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ApprovedDocumentArchiver archiver;

    private static String unique() {
        return "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private DocumentView submitted(String title, String body, DisclosureLevel disclosure, String keyword) {
        DocumentView draft = approval.saveDraft(
                TRAFFIC,
                null,
                0,
                new DocumentDraft(
                        FormType.DRAFT_PROPOSAL,
                        title,
                        body,
                        null,
                        disclosure,
                        disclosure == DisclosureLevel.PUBLIC ? null : 5,
                        Retention.YEARS_5,
                        List.of(keyword),
                        List.of(LineEntry.review("director"), LineEntry.approval("mayor")),
                        List.of(),
                        List.of()));
        return approval.submit(TRAFFIC, draft.document().id(), draft.document().revision());
    }

    private long approved(String title, String body, DisclosureLevel disclosure, String keyword) {
        DocumentView view = submitted(title, body, disclosure, keyword);
        view = approval.approve(DIRECTOR, view.document().id(), view.document().revision(), null);
        view = approval.approve(MAYOR, view.document().id(), view.document().revision(), "승인");
        return view.document().id();
    }

    private List<ArchiveHit> hits(Viewer viewer, String query) {
        return search.search(viewer, ArchiveQuery.of(query)).hits();
    }

    private List<String> titles(Viewer viewer, String query) {
        return hits(viewer, query).stream().map(ArchiveHit::title).sorted().toList();
    }

    private void awaitArchived(String tag, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            indexer.drainNow();
            if (hits(new Viewer(Role.MAYOR, null), tag).size() >= expected) {
                return;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void approvedDocumentsAreFoundByWhoMayReadThemAndDraftsAreNot() throws InterruptedException {
        String tag = unique();
        approved("자전거도로 확충 계획 " + tag, "서울시의 자전거도로를 2027년까지 넓힌다.\n\n예산은 12억 원이다.", DisclosureLevel.PUBLIC, tag);
        approved("교통 혼잡 대책 검토 " + tag, "부분공개 문서의 본문: 혼잡 구간 신호 체계를 바꾼다.", DisclosureLevel.PARTIAL, tag);
        approved("보안 점검 결과 " + tag, "비공개 문서의 본문: 관제 설비 점검 결과.", DisclosureLevel.PRIVATE, tag);
        submitted("결재 중인 문서 " + tag, "아직 결재되지 않은 문서.", DisclosureLevel.PUBLIC, tag);

        awaitArchived(tag, 3);

        assertThat(titles(new Viewer(Role.MAYOR, null), tag))
                .as("the mayor finds all approved documents, no draft")
                .containsExactly("교통 혼잡 대책 검토 " + tag, "보안 점검 결과 " + tag, "자전거도로 확충 계획 " + tag);
        assertThat(titles(Viewer.CITIZEN, tag))
                .as("citizens find only the public one")
                .containsExactly("자전거도로 확충 계획 " + tag);
        assertThat(titles(Viewer.CITIZEN, "자전거도로 " + tag))
                .as("found by a word of its body")
                .containsExactly("자전거도로 확충 계획 " + tag);
        ArchiveSearchResult signal = search.search(Viewer.CITIZEN, ArchiveQuery.of("신호 " + tag));
        assertThat(signal.hits())
                .extracting(ArchiveHit::title)
                .as("a partly disclosed body stays hidden from citizens")
                .doesNotContain("교통 혼잡 대책 검토 " + tag);
        assertThat(signal.broader())
                .as("nothing a citizen may see has both words; some of them are shown instead")
                .isNotNull();
        assertThat(titles(TRAFFIC_OFFICIAL, tag))
                .as("the owning department finds all three")
                .hasSize(3);
        assertThat(titles(CLIMATE_OFFICIAL, tag))
                .as("another department does not find the private one")
                .containsExactly("교통 혼잡 대책 검토 " + tag, "자전거도로 확충 계획 " + tag);
        assertThat(search.search(Viewer.CITIZEN, ArchiveQuery.of(tag)).facets().types())
                .as("citizens' facet counts only count the public one")
                .containsExactly(new ArchiveSearchResult.FacetCount(ArchiveItemType.PUBLIC_DOCUMENT.name(), 1));

        ArchiveHit publicHit = hits(Viewer.CITIZEN, tag).getFirst();
        ArchiveItemDetails details =
                archive.find(Viewer.CITIZEN, publicHit.id()).orElseThrow();
        assertThat(details.item().type()).isEqualTo(ArchiveItemType.PUBLIC_DOCUMENT);
        assertThat(details.item().disclosure()).isEqualTo(DisclosureClass.PUBLIC);
        assertThat(details.item().tags()).contains(tag, "전자결재");
        assertThat(details.item().source()).startsWith("approval:");
        assertThat(details.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).endsWith(".html");
            String html = new String(
                    archive.file(Viewer.CITIZEN, details.item().id(), file.id())
                            .orElseThrow()
                            .readAll(),
                    StandardCharsets.UTF_8);
            assertThat(html).contains("자전거도로를 2027년까지 넓힌다.", "예산은 12억 원이다.");
        });
    }

    @Test
    void documentsApprovedWhileNothingListenedAreArchivedOnCatchUpOnce() throws InterruptedException {
        String tag = unique();
        long id = approved(
                "<b>하천</b> 정비 결과 " + tag, "하천 정비를 마쳤다. <script>alert(1)</script>", DisclosureLevel.PUBLIC, tag);
        awaitArchived(tag, 1);
        long itemId = hits(Viewer.CITIZEN, tag).getFirst().id();
        assertThat(archive.delete(ArchiveEditor.system("test"), itemId)).isTrue();
        indexer.drainNow();
        assertThat(hits(Viewer.CITIZEN, tag))
                .as("gone from the archive, as if never archived")
                .isEmpty();

        assertThat(archiver.catchUp())
                .as("the missing document is archived again")
                .isEqualTo(1);
        assertThat(archiver.catchUp()).as("and only once").isZero();
        indexer.drainNow();

        ArchiveHit hit = hits(Viewer.CITIZEN, tag).getFirst();
        assertThat(hit.title()).isEqualTo("<b>하천</b> 정비 결과 " + tag);
        ArchiveItemDetails details = archive.find(Viewer.CITIZEN, hit.id()).orElseThrow();
        assertThat(details.item().source()).isEqualTo("approval:" + id);
        String html = new String(
                archive.file(
                                Viewer.CITIZEN,
                                hit.id(),
                                details.files().getFirst().id())
                        .orElseThrow()
                        .readAll(),
                StandardCharsets.UTF_8);
        assertThat(html)
                .as("the document's text is escaped in the archived file")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>", "<b>하천");
    }
}
