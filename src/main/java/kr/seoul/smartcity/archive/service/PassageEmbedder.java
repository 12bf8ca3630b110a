package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The port to the embedding model (Spring AI's {@link EmbeddingModel}: Ollama or an OpenAI-compatible endpoint,
 * whose base URL comes from configuration). Present only when {@code city.archive.embedding.provider} names one.
 */
@Component
public class PassageEmbedder {

    private final EmbeddingProperties properties;
    private final ObjectProvider<EmbeddingModel> model;

    PassageEmbedder(EmbeddingProperties properties, ObjectProvider<EmbeddingModel> model) {
        this.properties = properties;
        this.model = model;
    }

    /** Whether a model is configured (and Spring AI made one). */
    public boolean configured() {
        return properties.configured() && model.getIfAvailable() != null;
    }

    public String modelId() {
        return properties.modelId();
    }

    /**
     * One vector per text, in order.
     *
     * @throws EmbeddingUnavailableException if the model cannot be reached or answers with something else
     */
    public List<float[]> embed(List<String> texts) {
        EmbeddingModel embeddings = model.getIfAvailable();
        if (embeddings == null || !properties.configured()) {
            throw new EmbeddingUnavailableException("No embedding model is configured", null);
        }
        try {
            List<float[]> vectors = new ArrayList<>(embeddings.embed(texts));
            if (vectors.size() != texts.size()) {
                throw new EmbeddingUnavailableException(
                        "The model answered " + vectors.size() + " vectors for " + texts.size() + " texts", null);
            }
            return vectors;
        } catch (RuntimeException e) {
            if (e instanceof EmbeddingUnavailableException unavailable) {
                throw unavailable;
            }
            throw new EmbeddingUnavailableException("The embedding model failed: " + e.getMessage(), e);
        }
    }
}
