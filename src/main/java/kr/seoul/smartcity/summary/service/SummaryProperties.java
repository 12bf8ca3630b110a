package kr.seoul.smartcity.summary.service;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Report summaries.
 *
 * @param provider      {@code ollama}, {@code openai} (any OpenAI-compatible endpoint) or {@code none}; also selects
 *                      Spring AI's chat model ({@code spring.ai.model.chat})
 * @param model         the model's name at the provider
 * @param temperature   sampling temperature; low keeps summaries close to the text
 * @param timeout       longest wait for the model's next piece of output before the extractive summary is shown
 * @param maxInputChars most characters of document text sent in one request; longer documents go in parts
 * @param maxParts      most parts of one document; longer ones get the extractive summary
 */
@ConfigurationProperties("city.summary")
public record SummaryProperties(
        @DefaultValue("none") String provider,
        @DefaultValue("qwen2.5:7b-instruct") String model,
        @DefaultValue("0.2") double temperature,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("6000") int maxInputChars,
        @DefaultValue("12") int maxParts) {

    public boolean modelConfigured() {
        return !provider.isBlank() && !provider.equalsIgnoreCase("none");
    }
}
