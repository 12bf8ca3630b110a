package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.security.service.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches the archive index. The viewer's access is part of every Elasticsearch query, so hits, facet counts,
 * similar documents and suggestions only ever count what the viewer may see.
 */
@Service
public class ArchiveSearchService {

    private static final Logger log = LoggerFactory.getLogger(ArchiveSearchService.class);

    private final ElasticsearchClient client;
    private final ArchiveIndex index;
    private final ArchiveQueries queries;
    private final ArchiveStore store;
    private final ArchiveAccess access;

    ArchiveSearchService(ElasticsearchClient client, ArchiveIndex index, KoreanMorphemes korean, ArchiveStore store,
                         ArchiveAccess access) {
        this.client = client;
        this.index = index;
        this.queries = new ArchiveQueries(new ArchiveQueryParser(korean));
        this.store = store;
        this.access = access;
    }

    /**
     * One page of hits with facet counts.
     *
     * @throws InvalidArchiveQueryException  if the query cannot be understood (the message says why)
     * @throws ArchiveUnavailableException   if the index cannot be reached
     */
    public ArchiveSearchResult search(Viewer viewer, ArchiveQuery query) {
        SearchRequest request = queries.search(index.alias(), viewer, query);
        SearchResponse<Map> response = execute(request);
        List<ArchiveHit> hits = stillVisible(viewer, response.hits().hits().stream().map(ArchiveSearchService::hit).toList());
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        List<Hit<Map>> raw = response.hits().hits();
        String next = raw.size() < Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE) ? null
                : ArchiveQueries.encodeCursor(raw.getLast().sort());
        Map<String, Aggregate> aggregations = response.aggregations();
        return new ArchiveSearchResult(total, hits, new ArchiveSearchResult.Facets(
                counts(aggregations.get("types")), counts(aggregations.get("departments")),
                counts(aggregations.get("years")), counts(aggregations.get("tags"))), next);
    }

    /** Items like this one (more_like_this over title and text), among those the viewer may see. */
    public List<ArchiveHit> similar(Viewer viewer, long itemId, int size) {
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .size(Math.clamp(size, 1, 50))
                .source(src -> src.filter(f -> f.includes(ArchiveQueries.SOURCE)))
                .query(q -> q.bool(b -> b
                        .must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "content", "content_morph")
                                .like(l -> l.document(d -> d.index(index.alias()).id(Long.toString(itemId))))
                                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%")))
                        .filter(ArchiveAccess.filter(viewer)))));
        return stillVisible(viewer, execute(request).hits().hits().stream().map(ArchiveSearchService::hit).toList());
    }

    /**
     * The hits the viewer may still see as PostgreSQL has them now. The index follows changes through the outbox
     * within seconds; meanwhile an item that was reclassified or deleted must not be shown from the index's older
     * copy, so every hit is checked against the source of truth before it is returned.
     */
    private List<ArchiveHit> stillVisible(Viewer viewer, List<ArchiveHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Set<Long> visible = visibleIds(viewer, hits.stream().map(ArchiveHit::id).toList());
        return hits.stream().filter(hit -> visible.contains(hit.id())).toList();
    }

    private Set<Long> visibleIds(Viewer viewer, List<Long> ids) {
        Set<Long> visible = new HashSet<>();
        store.findAll(ids).stream().filter(item -> access.canSee(viewer, item)).forEach(item -> visible.add(item.id()));
        return visible;
    }

    /** Titles and tags that start with {@code prefix} (or have a word that does), among what the viewer may see. */
    public List<String> suggest(Viewer viewer, String prefix, int size) {
        String key = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return List.of();
        }
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .size(50)
                .source(src -> src.filter(f -> f.includes("id", "title", "tags")))
                .query(q -> q.bool(b -> b.must(m -> m.prefix(p -> p.field("suggest").value(key)))
                        .filter(ArchiveAccess.filter(viewer)))));
        Set<String> suggestions = new LinkedHashSet<>();
        List<Hit<Map>> found = execute(request).hits().hits();
        Set<Long> visible = visibleIds(viewer, found.stream().map(hit -> ((Number) hit.source().get("id")).longValue())
                .toList());
        for (Hit<Map> hit : found) {
            Map<?, ?> source = hit.source();
            if (!visible.contains(((Number) source.get("id")).longValue())) {
                continue;
            }
            String title = String.valueOf(source.get("title"));
            String lower = title.toLowerCase(Locale.ROOT);
            if (lower.startsWith(key) || lower.contains(" " + key)) {
                suggestions.add(title);
            }
            if (source.get("tags") instanceof List<?> tags) {
                tags.stream().map(String::valueOf).filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(key))
                        .forEach(suggestions::add);
            }
        }
        return suggestions.stream().sorted((a, b) -> Integer.compare(a.length(), b.length())).limit(size).toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private SearchResponse<Map> execute(SearchRequest request) {
        try {
            return client.search(request, Map.class);
        } catch (ElasticsearchException e) {
            // Elasticsearch's own words stay in the log: they name fields, analyzers and internals
            if (e.status() == 400) {
                log.info("Archive query refused by Elasticsearch: {}", rootReason(e));
                throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Problem.NOT_UNDERSTOOD,
                        "The query could not be understood; check quotes, brackets and AND/OR/NOT");
            }
            if (e.status() == 404) {
                throw new ArchiveUnavailableException("The archive index does not exist yet; it is created with the first item", e);
            }
            log.warn("Archive search failed: {}", e.getMessage());
            throw new ArchiveUnavailableException("The archive search is not available right now", e);
        } catch (IOException e) {
            log.warn("Archive search could not reach Elasticsearch: {}", e.toString());
            throw new ArchiveUnavailableException("The archive search is not available right now", e);
        }
    }

    private static String rootReason(ElasticsearchException e) {
        var cause = e.error();
        while (cause.causedBy() != null) {
            cause = cause.causedBy();
        }
        return cause.reason() == null ? e.error().type() : cause.reason();
    }

    private static List<ArchiveSearchResult.FacetCount> counts(Aggregate aggregate) {
        List<ArchiveSearchResult.FacetCount> counts = new ArrayList<>();
        if (aggregate == null) {
            return counts;
        }
        if (aggregate.isSterms()) {
            aggregate.sterms().buckets().array().forEach(bucket ->
                    counts.add(new ArchiveSearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount())));
        } else if (aggregate.isLterms()) {
            aggregate.lterms().buckets().array().forEach(bucket ->
                    counts.add(new ArchiveSearchResult.FacetCount(Long.toString(bucket.key()), bucket.docCount())));
        }
        return counts;
    }

    private static ArchiveHit hit(Hit<Map> hit) {
        Map<?, ?> source = hit.source();
        String title = String.valueOf(source.get("title"));
        Map<String, List<String>> highlight = hit.highlight();
        String titleHtml = HighlightMarks.toHtml(first(highlight.get("title"), title));
        String snippet = first(highlight.get("content"), "");
        if (!snippet.contains(HighlightMarks.OPEN)) {
            snippet = first(highlight.get("content_morph"), snippet);
        }
        List<String> tags = source.get("tags") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new ArchiveHit(((Number) source.get("id")).longValue(), title,
                ArchiveItemType.valueOf(String.valueOf(source.get("type"))), String.valueOf(source.get("department")),
                LocalDate.parse(String.valueOf(source.get("issued_on"))), tags, String.valueOf(source.get("language")),
                DisclosureClass.valueOf(String.valueOf(source.get("disclosure"))), titleHtml, HighlightMarks.toHtml(snippet),
                hit.score() == null ? 0 : hit.score());
    }

    private static String first(List<String> fragments, String otherwise) {
        return fragments == null || fragments.isEmpty() ? otherwise : fragments.getFirst();
    }
}
