package kr.seoul.smartcity.cityfeed.service;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What one fetch of a declared source brought: its rows, each an object of fields, and the beginning of the answer
 * as it came (the key hidden), for the dry run.
 */
public record Fetched(List<JsonNode> rows, String raw) {

    /** How much of the raw answer is kept. */
    static final int RAW_LIMIT = 20_000;

    public Fetched {
        rows = List.copyOf(rows);
        raw = raw == null ? "" : raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT) + "\n…";
    }
}
