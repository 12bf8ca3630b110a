package kr.seoul.smartcity.archive.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the facet counts over all hits the viewer may see, and the cursor for the next page (null on the
 * last one). With it, what helps the reader on: a notice about how the text was read, a spelling that finds
 * documents the typed one does not ("did you mean"), and, when nothing was found, a broader search that finds some.
 */
public record ArchiveSearchResult(
        long total,
        List<ArchiveHit> hits,
        Facets facets,
        @Nullable String nextCursor,
        @Nullable QueryNotice notice,
        @Nullable String correction,
        @Nullable Broader broader) {

    public record FacetCount(String value, long count) {}

    public record Facets(
            List<FacetCount> types, List<FacetCount> departments, List<FacetCount> years, List<FacetCount> tags) {}

    /** A broader search than the one that found nothing, and how many documents it finds. */
    public record Broader(Kind kind, long total) {

        public enum Kind implements Labelled {
            /** offered: the same text without the facets selected finds {@code total} */
            WITHOUT_FILTERS,
            /** shown: documents with only some of the words of a plain query (instead, or after those with enough) */
            ANY_WORD,
            /** shown instead: the words of a syntax query searched as plain words */
            PLAIN_WORDS;

            @Override
            public String labelKey() {
                return "archive.broader." + name();
            }
        }

        /** Whether the hits of the result are those of this broader search. */
        public boolean shown() {
            return kind != Kind.WITHOUT_FILTERS;
        }
    }

    /** With {@link Broader.Kind#ANY_WORD} if hits past the first {@code enough} were added with some of the words. */
    ArchiveSearchResult withBroaderIfAdded(int enough) {
        return hits.size() > enough
                ? with(notice, correction, new Broader(Broader.Kind.ANY_WORD, hits.size() - enough))
                : this;
    }

    ArchiveSearchResult with(
            @Nullable QueryNotice newNotice, @Nullable String newCorrection, @Nullable Broader newBroader) {
        return new ArchiveSearchResult(total, hits, facets, nextCursor, newNotice, newCorrection, newBroader);
    }
}
