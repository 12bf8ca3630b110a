package kr.seoul.smartcity.summary.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.summary.domain.Summary;
import kr.seoul.smartcity.summary.domain.SummaryBullet;
import kr.seoul.smartcity.summary.domain.SummaryKind;
import kr.seoul.smartcity.summary.domain.SummarySection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the model's answer as the JSON object the prompt asks for, and refuses it unless every line is plain text
 * citing passages that exist: what a document might have talked the model into is not shown.
 */
final class SummaryParser {

    static final int MAX_OVERVIEW = 5;
    static final int MAX_ITEMS = 6;
    static final int MAX_TEXT = 600;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ID = Pattern.compile("\\[?\\s*(p\\d+)\\s*]?");
    private static final Pattern STREAMED_TEXT = Pattern.compile("\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private SummaryParser() {}

    /**
     * The summary in the answer.
     *
     * @param requireOverview whether an overview line is required (not for the part of a long document)
     * @throws InvalidSummaryException if the answer is not of the form asked for
     */
    static Summary parse(
            String answer,
            Set<String> passageIds,
            boolean requireOverview,
            String model,
            String language,
            Instant now) {
        String body = answer.strip();
        int start = body.indexOf('{');
        int end = body.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new InvalidSummaryException("no JSON object in the answer");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body.substring(start, end + 1));
        } catch (JacksonException e) {
            throw new InvalidSummaryException("the answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSummaryException("the answer is not a JSON object");
        }
        Map<SummarySection, List<SummaryBullet>> sections = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            sections.put(section, bullets(root.get(section.key()), section, passageIds));
        }
        List<SummaryBullet> overview = sections.get(SummarySection.OVERVIEW);
        if (requireOverview && overview.isEmpty()) {
            throw new InvalidSummaryException("the answer has no overview");
        }
        if (overview.size() > MAX_OVERVIEW) {
            sections.put(SummarySection.OVERVIEW, overview.subList(0, MAX_OVERVIEW));
        }
        return new Summary(SummaryKind.LLM, model, SummaryPrompt.VERSION, language, now, sections, null);
    }

    private static List<SummaryBullet> bullets(JsonNode node, SummarySection section, Set<String> passageIds) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidSummaryException(section.key() + " is not a list");
        }
        List<SummaryBullet> bullets = new ArrayList<>();
        for (JsonNode item : node) {
            JsonNode text = item.get("text");
            JsonNode citations = item.get("citations");
            if (text == null || !text.isString() || text.asString().isBlank()) {
                throw new InvalidSummaryException(section.key() + " has an item without text");
            }
            if (text.asString().length() > MAX_TEXT) {
                throw new InvalidSummaryException(section.key() + " has an item longer than " + MAX_TEXT);
            }
            if (citations == null || !citations.isArray() || citations.isEmpty()) {
                throw new InvalidSummaryException(section.key() + " has an item citing no passage");
            }
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode citation : citations) {
                Matcher id =
                        ID.matcher(citation.isString() ? citation.asString().strip() : "");
                if (!id.matches() || !passageIds.contains(id.group(1))) {
                    throw new InvalidSummaryException(section.key() + " cites " + citation + ", which is no passage");
                }
                ids.add(id.group(1));
            }
            if (bullets.size() < MAX_ITEMS) {
                bullets.add(new SummaryBullet(text.asString().strip(), List.copyOf(ids)));
            }
        }
        return bullets;
    }

    /** The lines complete so far in a streamed, unfinished answer, to show while it is written. */
    static List<String> linesSoFar(String partialAnswer) {
        List<String> lines = new ArrayList<>();
        Matcher matcher = STREAMED_TEXT.matcher(partialAnswer);
        while (matcher.find()) {
            try {
                lines.add(JSON.readValue("\"" + matcher.group(1) + "\"", String.class));
            } catch (JacksonException e) {
                lines.add(matcher.group(1));
            }
        }
        return lines;
    }
}
