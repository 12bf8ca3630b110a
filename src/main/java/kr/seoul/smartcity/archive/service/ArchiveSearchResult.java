package kr.seoul.smartcity.archive.service;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the facet counts over all hits the viewer may see, and the cursor for the next page (null on the
 * last one).
 */
public record ArchiveSearchResult(long total, List<ArchiveHit> hits, Facets facets, @Nullable String nextCursor) {

    public record FacetCount(String value, long count) {
    }

    public record Facets(List<FacetCount> types, List<FacetCount> departments, List<FacetCount> years,
                         List<FacetCount> tags) {
    }
}
