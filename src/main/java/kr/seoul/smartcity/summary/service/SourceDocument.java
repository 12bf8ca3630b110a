package kr.seoul.smartcity.summary.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kr.seoul.smartcity.summary.domain.Passage;

/**
 * The text of a document (or of a set of search results) as the reader may see it, cut into passages.
 * {@code source} names it for the cache, such as {@code archive:7}; {@code checksum} is the SHA-256 of its text.
 */
public record SourceDocument(String source, String title, String checksum, List<Passage> passages) {

    public SourceDocument {
        passages = List.copyOf(passages);
    }

    public Set<String> passageIds() {
        return passages.stream().map(Passage::id).collect(Collectors.toUnmodifiableSet());
    }

    public int length() {
        return passages.stream().mapToInt(p -> p.text().length()).sum();
    }
}
