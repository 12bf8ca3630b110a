package kr.seoul.smartcity.summary.domain;

/**
 * What a cached summary was made from: the document ({@code source} such as {@code archive:7}), its checksum, the
 * model, the prompt version and the reader's language. A change of any of them makes a new summary.
 */
public record CacheKey(String source, String checksum, String model, String promptVersion, String language) {}
