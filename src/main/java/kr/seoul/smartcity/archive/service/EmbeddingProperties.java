package kr.seoul.smartcity.archive.service;

import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Semantic ranking of the archive with an embedding model.
 *
 * @param provider     {@code ollama}, {@code openai} (any OpenAI-compatible endpoint) or {@code none}: lexical
 *                     ranking alone; also selects Spring AI's embedding model ({@code spring.ai.model.embedding})
 * @param model        the embedding model's name at the provider
 * @param passageChars most characters of one passage embedded
 * @param maxPassages  most passages of one item embedded (the title and summary, then the text)
 * @param batch        items embedded per round
 * @param pollInterval how often the embedder looks for items without embeddings
 * @param candidates   hits taken from each ranking (words and meaning) before they are fused
 * @param minSimilarity least cosine similarity of a document found by meaning alone (a query of nonsense finds
 *                      nothing rather than the nearest of everything)
 * @param languages    the languages the model knows ({@code ko}, {@code en}); empty: all. A query in another language,
 *                     and a document in one, is ranked by words alone: the neighbours of a model that does not know
 *                     a language are noise that pushes the words' answers down
 */
@ConfigurationProperties("city.archive.embedding")
public record EmbeddingProperties(
        @DefaultValue("none") String provider,
        @DefaultValue("bge-m3") String model,
        @DefaultValue("600") int passageChars,
        @DefaultValue("6") int maxPassages,
        @DefaultValue("8") int batch,
        @DefaultValue("3s") Duration pollInterval,
        @DefaultValue("50") int candidates,
        @DefaultValue("0.6") float minSimilarity,
        @DefaultValue List<String> languages) {

    public EmbeddingProperties {
        languages = languages.stream()
                .map(code -> ArchiveLanguage.ofCode(code.strip()).code())
                .distinct()
                .toList();
    }

    /** Whether the model knows the language (it knows all when no languages are listed). */
    public boolean knows(ArchiveLanguage language) {
        return languages.isEmpty() || languages.contains(language.code());
    }

    public boolean configured() {
        return !provider.isBlank() && !provider.equalsIgnoreCase("none");
    }

    /** The model as vectors are stored under: provider and name, so that a change of either starts again. */
    public String modelId() {
        return provider.toLowerCase(java.util.Locale.ROOT) + ":" + model;
    }
}
