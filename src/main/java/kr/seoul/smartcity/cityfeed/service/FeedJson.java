package kr.seoul.smartcity.cityfeed.service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading an answer as a JSON object, or failing with a message that names the source and shows the start. */
final class FeedJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FeedJson() {}

    static JsonNode object(String source, String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.startsWith("<")) {
            throw new FeedException(source, "answered XML, not JSON: " + FeedHttp.excerpt(trimmed));
        }
        try {
            JsonNode root = JSON.readTree(trimmed);
            if (root == null || !root.isObject()) {
                throw new FeedException(source, "unexpected answer, not a JSON object: " + FeedHttp.excerpt(trimmed));
            }
            return root;
        } catch (JacksonException notJson) {
            throw new FeedException(source, "unreadable answer, not JSON: " + FeedHttp.excerpt(trimmed));
        }
    }
}
