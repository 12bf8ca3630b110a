package kr.seoul.smartcity.archive.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kr.seoul.smartcity.archive.FakeEmbeddingServer;
import kr.seoul.smartcity.archive.domain.ArchiveDraft;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.directory.domain.Role;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking by words and meaning with an embedding model (a local server speaking Ollama's embed protocol): passages
 * are embedded in the background into PostgreSQL, reach the index with their item, and a query in other words finds
 * the document by meaning, fused with the words' ranking; the disclosure filter holds for the nearest documents too.
 * An index and alias of its own, and no background draining, keep it apart from the other tests' index.
 */
@CityIntegrationTest
@DirtiesContext
class ArchiveHybridSearchIT {

    private static final FakeEmbeddingServer model = new FakeEmbeddingServer();

    @DynamicPropertySource
    static void embeddingModel(DynamicPropertyRegistry registry) {
        registry.add("city.archive.index", () -> "archive-hybrid");
        registry.add("city.archive.poll-interval", () -> "1h");
        registry.add("city.archive.embedding.provider", () -> "ollama");
        registry.add("city.archive.embedding.model", () -> "fake-embed");
        registry.add("city.archive.embedding.poll-interval", () -> "1h");
        registry.add("spring.ai.ollama.base-url", model::url);
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @Autowired
    ArchiveService archive;

    @Autowired
    ArchiveEmbedder embedder;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ArchiveSearchService search;

    private final String tag =
            "v" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

    private ArchiveItem add(String title, String summary, DisclosureClass disclosure) {
        return archive.add(
                ArchiveEditor.system("test"),
                new ArchiveDraft(
                        title,
                        ArchiveItemType.PUBLIC_DOCUMENT,
                        "TRAFFIC",
                        "도시교통실",
                        LocalDate.of(2025, 5, 1),
                        List.of(tag),
                        ArchiveLanguage.KO,
                        disclosure,
                        List.of(),
                        summary),
                List.of());
    }

    private static List<Long> ids(ArchiveSearchResult result) {
        return result.hits().stream().map(ArchiveHit::id).toList();
    }

    @Test
    void aQueryInOtherWordsFindsTheDocumentByMeaningWithinTheDisclosureFilter() {
        ArchiveItem bikes = add("따릉이 대여소 " + tag + " 확충", "공공자전거 대여소를 늘린다.", DisclosureClass.PUBLIC);
        ArchiveItem wifi = add("공공 와이파이 " + tag + " 확대", "지하철역 무선 인터넷", DisclosureClass.PUBLIC);
        ArchiveItem internal = add("자전거 도로 " + tag + " 내부 검토", "내부 검토 의견", DisclosureClass.INTERNAL);
        assertThat(embedder.embedAll()).isPositive();
        ArchiveEmbedder.Progress progress = embedder.progress();
        assertThat(progress.configured()).isTrue();
        assertThat(progress.model()).isEqualTo("ollama:fake-embed");
        assertThat(progress.waiting()).isZero();
        assertThat(model.requests())
                .anyMatch(request -> request.path("model").asString().equals("fake-embed"));
        indexer.rebuild();
        assertThat(search.semanticRanking()).isTrue();

        // no word in common with the title: found by meaning alone (among this test's items: other tests have bikes
        // too)
        ArchiveQuery meaning =
                ArchiveQuery.of("bicycle rental stations").withFacets(Set.of(), Set.of(), Set.of(), Set.of(tag));
        ArchiveSearchResult citizen = search.search(Viewer.CITIZEN, meaning);
        assertThat(ids(citizen)).contains(bikes.id()).doesNotContain(internal.id(), wifi.id());
        ArchiveSearchResult official = search.search(new Viewer(Role.OFFICIAL, "CLIMATE"), meaning);
        assertThat(ids(official)).contains(bikes.id(), internal.id());

        // words and meaning fused: the document with both comes first
        ArchiveSearchResult both = search.search(Viewer.CITIZEN, ArchiveQuery.of(tag + " 자전거"));
        assertThat(ids(both).getFirst()).isEqualTo(bikes.id());
        assertThat(ids(both)).doesNotContain(internal.id());
    }

    @Test
    void pagesOfAFusedRankingFollowEachOtherWithoutRepeats() {
        for (int i = 0; i < 12; i++) {
            add("자전거 " + tag + " 안내 " + i, "따릉이 안내", DisclosureClass.PUBLIC);
        }
        embedder.embedAll();
        assertThat(embedder.progress().waiting()).as("every item embedded").isZero();
        indexer.rebuild();
        // among this test's items (other tests' bikes are as near): none has the words, all are near in meaning
        ArchiveQuery query =
                ArchiveQuery.of("공공자전거 대여").withPage(0, 5).withFacets(Set.of(), Set.of(), Set.of(), Set.of(tag));
        ArchiveSearchResult first = search.search(Viewer.CITIZEN, query);
        Set<Long> seen = new HashSet<>(ids(first));
        List<Long> all = new ArrayList<>(ids(first));
        String next = first.nextCursor();
        while (next != null) {
            ArchiveSearchResult page = search.search(Viewer.CITIZEN, query.after(next));
            all.addAll(ids(page));
            seen.addAll(ids(page));
            next = page.nextCursor();
        }
        assertThat(all).as("every document once").hasSameSizeAs(seen).hasSize(12);
    }

    @Test
    void whenTheModelIsDownTheWordsAloneRankAndTheEmbeddingWaits() {
        ArchiveItem item = add("폭염 쉼터 " + tag, "무더위 쉼터 운영", DisclosureClass.PUBLIC);
        indexer.rebuild();
        model.down(true);
        try {
            embedder.embedBatch();
            assertThat(embedder.progress().failing()).isPositive();
            // among this test's items: the index is rebuilt from PostgreSQL, where other tests keep theirs
            assertThat(ids(search.search(
                            Viewer.CITIZEN,
                            ArchiveQuery.of("폭염 쉼터").withFacets(Set.of(), Set.of(), Set.of(), Set.of(tag)))))
                    .containsExactly(item.id());
        } finally {
            model.down(false);
        }
    }
}
