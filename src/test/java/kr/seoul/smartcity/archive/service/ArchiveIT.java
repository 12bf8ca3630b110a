package kr.seoul.smartcity.archive.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.domain.ExtractionStatus;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.dev.SamplePdf;
import kr.seoul.smartcity.dev.SearchOutage;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CityIntegrationTest
class ArchiveIT {

    private static final Viewer TRAFFIC = new Viewer(Role.OFFICIAL, "TRAFFIC");
    private static final Viewer CLIMATE = new Viewer(Role.OFFICIAL, "CLIMATE");
    private static final Viewer MAYOR = new Viewer(Role.MAYOR, null);

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ArchiveIndexer indexer;

    private static String unique() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private ArchiveItem add(
            String title, String summary, DisclosureClass disclosure, String department, String... tags) {
        return archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        title,
                        ArchiveItemType.RESEARCH_REPORT,
                        department,
                        "서울연구원",
                        LocalDate.of(2024, 5, 1),
                        List.of(tags),
                        ArchiveLanguage.KO,
                        disclosure,
                        List.of(),
                        summary),
                List.of());
    }

    private List<Long> ids(Viewer viewer, String query) {
        return search.search(viewer, ArchiveQuery.of(query)).hits().stream()
                .map(ArchiveHit::id)
                .toList();
    }

    @Test
    void koreanTextIsFoundByItsStemsAndHighlighted() {
        String tag = unique();
        ArchiveItem dust = add("미세먼지 저감 보고서 " + tag, "서울시의 미세먼지가 지난해보다 크게 줄었다.", DisclosureClass.PUBLIC, "CLIMATE");
        ArchiveItem bus = add("버스 노선 개편 " + tag, "시는 대중교통 노선을 개선했습니다.", DisclosureClass.PUBLIC, "TRAFFIC");
        indexer.drainNow();

        assertThat(ids(Viewer.CITIZEN, "서울시 " + tag)).containsExactly(dust.id());
        assertThat(ids(Viewer.CITIZEN, "개선하다 " + tag)).containsExactly(bus.id());
        assertThat(ids(Viewer.CITIZEN, "미세먼지는 " + tag)).containsExactly(dust.id());
        assertThat(ids(Viewer.CITIZEN, "\"대중교통 노선\" " + tag)).containsExactly(bus.id());
        assertThat(ids(Viewer.CITIZEN, tag + " (미세먼지 OR 버스) NOT 개편")).containsExactly(dust.id());
        assertThat(ids(Viewer.CITIZEN, "dept:TRAFFIC " + tag)).containsExactly(bus.id());
        ArchiveHit hit = search.search(Viewer.CITIZEN, ArchiveQuery.of("서울시 " + tag))
                .hits()
                .getFirst();
        assertThat(hit.snippetHtml()).contains("<em>");
    }

    @Test
    void facetsCountWhatMatches() {
        String tag = unique();
        add("교통 통계 " + tag, "교통량", DisclosureClass.PUBLIC, "TRAFFIC", tag, "교통");
        add("교통 조사 " + tag, "교통량 조사", DisclosureClass.PUBLIC, "TRAFFIC", tag);
        add("대기 통계 " + tag, "대기질", DisclosureClass.PUBLIC, "CLIMATE", tag);
        indexer.drainNow();

        ArchiveSearchResult result = search.search(Viewer.CITIZEN, ArchiveQuery.of("tag:" + tag));
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().departments())
                .containsExactlyInAnyOrder(
                        new ArchiveSearchResult.FacetCount("TRAFFIC", 2),
                        new ArchiveSearchResult.FacetCount("CLIMATE", 1));
        assertThat(result.facets().years()).containsExactly(new ArchiveSearchResult.FacetCount("2024", 3));
        assertThat(result.facets().tags())
                .contains(new ArchiveSearchResult.FacetCount(tag, 3), new ArchiveSearchResult.FacetCount("교통", 1));

        ArchiveSearchResult narrowed = search.search(
                Viewer.CITIZEN,
                ArchiveQuery.of("tag:" + tag).withFacets(Set.of(), Set.of("CLIMATE"), Set.of(2024), Set.of()));
        assertThat(narrowed.total()).isEqualTo(1);
    }

    @Test
    void restrictedItemsReachOnlyTheirDepartmentInHitsFacetsAndSuggestions() {
        String tag = unique();
        ArchiveItem open = add("공개 교통 계획 " + tag, "계획", DisclosureClass.PUBLIC, "TRAFFIC", tag);
        ArchiveItem internal = add("내부 교통 메모 " + tag, "메모", DisclosureClass.INTERNAL, "TRAFFIC", tag);
        ArchiveItem secret = add(tag + "비공개 감사 결과", "감사", DisclosureClass.RESTRICTED, "TRAFFIC", tag, tag + "비밀");
        indexer.drainNow();

        ArchiveSearchResult citizen = search.search(Viewer.CITIZEN, ArchiveQuery.of(tag));
        assertThat(citizen.hits()).extracting(ArchiveHit::id).containsExactly(open.id());
        assertThat(citizen.facets().tags()).contains(new ArchiveSearchResult.FacetCount(tag, 1));
        assertThat(citizen.facets().departments()).containsExactly(new ArchiveSearchResult.FacetCount("TRAFFIC", 1));
        assertThat(search.suggest(Viewer.CITIZEN, tag + "비", 10)).isEmpty();
        assertThat(search.suggest(Viewer.CITIZEN, "공개 교통", 10)).contains("공개 교통 계획 " + tag);
        assertThat(search.similar(Viewer.CITIZEN, open.id(), 10))
                .extracting(ArchiveHit::id)
                .doesNotContain(internal.id(), secret.id());
        assertThat(archive.find(Viewer.CITIZEN, secret.id())).isEmpty();

        assertThat(ids(CLIMATE, tag)).containsExactlyInAnyOrder(open.id(), internal.id());
        assertThat(search.suggest(CLIMATE, tag + "비", 10)).isEmpty();
        assertThat(ids(TRAFFIC, tag)).containsExactlyInAnyOrder(open.id(), internal.id(), secret.id());
        assertThat(search.suggest(TRAFFIC, tag + "비", 10)).contains(tag + "비공개 감사 결과", tag + "비밀");
        assertThat(ids(MAYOR, tag)).hasSize(3);
        assertThat(archive.find(TRAFFIC, secret.id())).isPresent();
    }

    @Test
    void anyTextIsSearchedAndIncompleteSyntaxIsExplainedNextToTheResults() {
        String tag = unique();
        ArchiveItem dust = add("미세먼지 저감 대책 " + tag, "올해 미세먼지를 줄이는 대책을 발표했다.", DisclosureClass.PUBLIC, "CLIMATE");
        ArchiveItem bikes = add("따릉이 이용 시민 크게 늘어 " + tag, "공공자전거 이용자가 늘었다.", DisclosureClass.PUBLIC, "TRAFFIC");
        indexer.drainNow();

        assertThat(ids(Viewer.CITIZEN, "\"" + tag)).containsExactlyInAnyOrder(dust.id(), bikes.id());
        assertThat(ids(Viewer.CITIZEN, tag + " 미세먼지 대책은 뭔가요?")).first().isEqualTo(dust.id());
        assertThat(ids(Viewer.CITIZEN, tag + " 시민들이 따릉이를 정말 많이 이용했어요!")).first().isEqualTo(bikes.id());

        ArchiveSearchResult unknown = search.search(Viewer.CITIZEN, ArchiveQuery.of("secret:x " + tag));
        assertThat(unknown.notice().problem()).isEqualTo(InvalidArchiveQueryException.Problem.UNKNOWN_FIELD);
        ArchiveSearchResult dangling = search.search(Viewer.CITIZEN, ArchiveQuery.of(tag + " 따릉이 AND"));
        assertThat(dangling.notice().problem()).isEqualTo(InvalidArchiveQueryException.Problem.DANGLING_OPERATOR);
        assertThat(dangling.hits()).extracting(ArchiveHit::id).first().isEqualTo(bikes.id());
    }

    @Test
    void filesAreExtractedCheckedAndFailuresRecorded() throws IOException {
        String tag = unique();
        byte[] pdf = SamplePdf.of("Bicycle lanes report " + tag, "");
        byte[] docx = docx("Riverside park survey " + tag);
        byte[] corrupt = "%PDF-1.7\n garbage that is not a PDF".getBytes(StandardCharsets.US_ASCII);
        ArchiveItem item = archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        "Files " + tag,
                        ArchiveItemType.WHITE_PAPER,
                        "TRAFFIC",
                        "Seoul",
                        LocalDate.of(2023, 1, 2),
                        List.of(),
                        ArchiveLanguage.EN,
                        DisclosureClass.PUBLIC,
                        List.of(),
                        ""),
                List.of(
                        new NewFile("lanes.pdf", pdf),
                        new NewFile("park.docx", docx),
                        new NewFile("broken.pdf", corrupt)));
        ArchiveItemDetails details = archive.find(Viewer.CITIZEN, item.id()).orElseThrow();
        assertThat(details.files())
                .extracting(f -> f.extractionStatus())
                .containsExactly(ExtractionStatus.OK, ExtractionStatus.OK, ExtractionStatus.FAILED);
        assertThat(details.files().get(2).extractionError()).isNotBlank();
        assertThat(details.extractionStatus()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(details.files().getFirst().sha256()).isEqualTo(ArchiveService.sha256(pdf));
        assertThat(details.files().getFirst().contentType()).isEqualTo("application/pdf");
        indexer.drainNow();
        assertThat(ids(Viewer.CITIZEN, "bicycle " + tag)).containsExactly(item.id());
        assertThat(ids(Viewer.CITIZEN, "riverside " + tag)).containsExactly(item.id());

        assertThatThrownBy(() ->
                        archive.addFile(ArchiveEditor.system("test"), item.id(), new NewFile("tool.exe", new byte[] {
                            0x4d, 0x5a, 0, 0, 1, 2
                        })))
                .isInstanceOf(InvalidArchiveItemException.class)
                .hasMessageContaining("accepted are");
    }

    @Test
    void theIndexCatchesUpAfterElasticsearchWasDown() {
        String tag = unique();
        SearchOutage.stop();
        ArchiveItem item;
        try {
            item = add("정전 중 등록 " + tag, "검색이 멈춘 동안 등록된 자료", DisclosureClass.PUBLIC, "DIGITAL");
            ArchiveIndexer.DrainResult whileDown = indexer.drainNow();
            assertThat(whileDown.failed()).isPositive();
            assertThat(indexer.pending()).isPositive();
        } finally {
            SearchOutage.start();
        }
        ArchiveIndexer.DrainResult after = indexer.drainNow();
        assertThat(after.failed()).isZero();
        assertThat(ids(Viewer.CITIZEN, tag)).containsExactly(item.id());
    }

    @Test
    void aRebuildFromPostgresSwitchesTheAlias() throws IOException {
        String tag = unique();
        ArchiveItem item = add("재색인 확인 " + tag, "재색인", DisclosureClass.PUBLIC, "DIGITAL");
        indexer.drainNow();
        ArchiveIndexer.RebuildResult first = indexer.rebuild();
        ArchiveIndexer.RebuildResult second = indexer.rebuild();
        assertThat(second.index()).isNotEqualTo(first.index());
        assertThat(second.documents()).isEqualTo(archive.count());
        assertThat(ids(Viewer.CITIZEN, tag)).containsExactly(item.id());
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
