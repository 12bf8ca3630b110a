package kr.seoul.smartcity.archive.service;

import java.time.Duration;
import java.util.List;

import kr.seoul.smartcity.archive.FakeEmbeddingServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.model.ollama.autoconfigure.OllamaApiAutoConfiguration;
import org.springframework.ai.model.ollama.autoconfigure.OllamaEmbeddingAutoConfiguration;
import org.springframework.ai.model.openai.autoconfigure.OpenAiEmbeddingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedding port with Spring AI's own auto-configuration and the properties the app sets, against a local server
 * speaking Ollama's and the OpenAI-compatible embedding protocols; a model that fails is reported, not swallowed.
 */
class PassageEmbedderTest {

    private static final FakeEmbeddingServer server = new FakeEmbeddingServer();

    @AfterAll
    static void stop() {
        server.close();
    }

    private void withEmbedder(String provider, java.util.function.Consumer<PassageEmbedder> test) {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        OpenAiEmbeddingAutoConfiguration.class,
                        OllamaApiAutoConfiguration.class,
                        OllamaEmbeddingAutoConfiguration.class,
                        SpringAiRetryAutoConfiguration.class))
                .withPropertyValues(
                        "spring.ai.model.embedding=" + provider,
                        "spring.ai.openai.base-url=" + server.url() + "/v1",
                        "spring.ai.openai.api-key=test-key",
                        "spring.ai.openai.max-retries=0",
                        "spring.ai.ollama.base-url=" + server.url(),
                        "spring.ai.ollama.embedding.options.model=fake-embed",
                        "spring.ai.openai.embedding.options.model=fake-embed",
                        "spring.ai.retry.max-attempts=1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    EmbeddingProperties properties = new EmbeddingProperties(
                            provider, "fake-embed", 600, 6, 8, Duration.ofSeconds(3), 50, 0.6f, List.of());
                    test.accept(new PassageEmbedder(properties, context.getBeanProvider(EmbeddingModel.class)));
                });
    }

    @Test
    void bothProtocolsGiveOneVectorPerPassage() {
        for (String provider : List.of("ollama", "openai")) {
            withEmbedder(provider, embedder -> {
                assertThat(embedder.configured()).isTrue();
                assertThat(embedder.modelId()).isEqualTo(provider + ":fake-embed");
                List<float[]> vectors = embedder.embed(List.of("따릉이 대여소", "bicycle rental", "예산 편성"));
                assertThat(vectors).hasSize(3);
                assertThat(vectors.get(0)).containsExactly(FakeEmbeddingServer.vector("따릉이 대여소"));
                assertThat(vectors.get(2)).containsExactly(FakeEmbeddingServer.vector("예산 편성"));
            });
        }
        assertThat(server.requests())
                .anyMatch(request -> request.path("model").asString().equals("fake-embed"));
    }

    @Test
    void aFailingModelIsReported() {
        server.down(true);
        try {
            withEmbedder(
                    "ollama",
                    embedder -> assertThatThrownBy(() -> embedder.embed(List.of("x")))
                            .isInstanceOf(EmbeddingUnavailableException.class));
        } finally {
            server.down(false);
        }
    }

    @Test
    void withoutAProviderThereIsNoSemanticRanking() {
        withEmbedder("none", embedder -> assertThat(embedder.configured()).isFalse());
    }
}
