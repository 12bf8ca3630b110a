package kr.seoul.smartcity.bench;

import java.io.IOException;
import java.io.UncheckedIOException;

import kr.seoul.smartcity.archive.service.ArchiveEmbedder;
import kr.seoul.smartcity.bench.model.MiniLmOllamaServer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ArchiveRelevanceBench} with the fused ranking: a real embedding model running here (all-MiniLM-L6-v2,
 * served over Ollama's protocol by {@link MiniLmOllamaServer}) behind the app's embedding adapter; the set's items
 * are embedded and the index rebuilt (an alias of its own) before the queries. The model knows English and hardly
 * Korean: it is declared as knowing English ({@code city.archive.embedding.languages=en}), so Korean queries rank by
 * words alone; {@code -Dbench.languages=} fuses it into every query, to see what a model that does not understand a
 * language costs. Run: {@code ./mvnw verify -Pbench -Dit.test=ArchiveRelevanceHybridBench}.
 */
@DirtiesContext
class ArchiveRelevanceHybridBench extends ArchiveRelevanceBench {

    private static MiniLmOllamaServer model;

    @DynamicPropertySource
    static void embeddingModel(DynamicPropertyRegistry registry) {
        try {
            model = new MiniLmOllamaServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("city.archive.index", () -> "archive-relevance-hybrid");
        registry.add("city.archive.poll-interval", () -> "1h");
        registry.add("city.archive.embedding.provider", () -> "ollama");
        registry.add("city.archive.embedding.model", () -> "all-minilm-l6-v2");
        registry.add("city.archive.embedding.poll-interval", () -> "1h");
        registry.add("city.archive.embedding.min-similarity", () -> System.getProperty("bench.min-similarity", "0.35"));
        registry.add("city.archive.embedding.languages", () -> System.getProperty("bench.languages", "en"));
        registry.add("spring.ai.ollama.base-url", model::url);
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @Autowired
    ArchiveEmbedder embedder;

    @Override
    void prepareIndex() {
        long started = System.nanoTime();
        int embedded = embedder.embedAll();
        System.out.printf("bench: %d items embedded with all-MiniLM-L6-v2 in %.1f s%n", embedded,
                (System.nanoTime() - started) / 1e9);
        indexer.rebuild();
    }

    @Override
    String ranking() {
        return "words and meaning (all-MiniLM-L6-v2 over Ollama's protocol, reciprocal rank fusion; queries ranked by "
                + "meaning: " + (embedder.progress().languages().isEmpty() ? "all" : embedder.progress().languages()) + ")";
    }
}
