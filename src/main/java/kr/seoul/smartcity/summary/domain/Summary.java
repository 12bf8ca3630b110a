package kr.seoul.smartcity.summary.domain;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A summary of one document or a set of documents: a short overview (three to five lines), key figures, decisions,
 * action items and risks, each line citing passages. {@code model} names the model that wrote it (or the extractive
 * method); {@code fallbackReason} says why an extractive summary stands in for a model's.
 */
public record Summary(
        SummaryKind kind,
        String model,
        String promptVersion,
        String language,
        Instant generatedAt,
        Map<SummarySection, List<SummaryBullet>> sections,
        @Nullable String fallbackReason) {

    public Summary {
        EnumMap<SummarySection, List<SummaryBullet>> copy = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            copy.put(section, List.copyOf(sections.getOrDefault(section, List.of())));
        }
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    public List<SummaryBullet> section(SummarySection section) {
        return sections.get(section);
    }

    public Summary withFallbackReason(@Nullable String reason) {
        return new Summary(kind, model, promptVersion, language, generatedAt, sections, reason);
    }
}
