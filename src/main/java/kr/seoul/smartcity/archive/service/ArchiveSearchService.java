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
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.archive.domain.ArchiveLanguage;
import kr.seoul.smartcity.archive.domain.ArchiveStore;
import kr.seoul.smartcity.archive.service.ArchiveSearchResult.Broader;
import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException.Problem;
import kr.seoul.smartcity.base.domain.DisclosureClass;
import kr.seoul.smartcity.security.service.Viewer;
import org.jspecify.annotations.Nullable;
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
    private final KoreanMorphemes korean;
    private final ArchiveStore store;
    private final ArchiveAccess access;
    private final PassageEmbedder embedder;
    private final EmbeddingProperties embedding;
    private final Map<String, float[]> queryVectors =
            java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                    return size() > 500;
                }
            });

    /**
     * Words that make a query a sentence rather than a few search words: a sentence's first page is filled up with
     * documents that have only some of its words; a few words find what has (almost) all of them.
     */
    private static final int SENTENCE_WORDS = 4;

    /** A page cursor of a search ranked by fusion: {@code ~p} and the page number (never valid base64). */
    private static final String PAGE_CURSOR = "~p";

    ArchiveSearchService(
            ElasticsearchClient client,
            ArchiveIndex index,
            KoreanMorphemes korean,
            ArchiveStore store,
            ArchiveAccess access,
            PassageEmbedder embedder,
            EmbeddingProperties embedding) {
        this.client = client;
        this.index = index;
        this.korean = korean;
        this.queries = new ArchiveQueries(new ArchiveQueryReader(new ArchiveQueryParser(korean), korean));
        this.store = store;
        this.access = access;
        this.embedder = embedder;
        this.embedding = embedding;
    }

    /** Whether searches are ranked by meaning too (an embedding model is configured). */
    public boolean semanticRanking() {
        return embedder.configured();
    }

    /**
     * One page of hits with facet counts. Any text can be searched: syntax that does not parse is searched as plain
     * words, with a notice where it clearly meant syntax. When nothing is found, a broader search is offered (the
     * same text without the facets selected) or shown (plain words for syntax, some of the words), and a word that no document
     * has brings a spelling that some document the viewer may see has.
     *
     * @throws InvalidArchiveQueryException  if the page or cursor is not valid (never for the text)
     * @throws ArchiveUnavailableException   if the index cannot be reached
     */
    public ArchiveSearchResult search(Viewer viewer, ArchiveQuery query) {
        if (query.after() != null && query.after().startsWith(PAGE_CURSOR)) {
            query = query.withPage(pageOf(query.after()), query.size());
        }
        UnderstoodQuery understood = queries.read(query.text());
        if (understood.isPlain()
                && query.sort() == ArchiveQuery.Sort.RELEVANCE
                && query.after() == null
                && embedder.configured()
                && embedding.knows(ArchiveLanguage.of(understood.words()))) {
            ArchiveSearchResult fused = hybrid(viewer, query, understood);
            if (fused != null) {
                return fused;
            }
        }
        SearchResponse<Map> response;
        try {
            response = execute(queries.search(index.alias(), viewer, query, understood));
        } catch (InvalidArchiveQueryException e) {
            if (!understood.isSyntax() || e.problem() != Problem.NOT_UNDERSTOOD) {
                throw e;
            }
            understood = queries.plain(understood.text(), QueryNotice.of(e));
            response = execute(queries.search(index.alias(), viewer, query, understood));
        }
        ArchiveSearchResult result = result(viewer, query, response);
        QueryNotice notice = understood.notice();
        String correction = correction(viewer, understood, response);
        int size = Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE);
        if (result.total() > 0
                && result.total() < size
                && query.page() == 0
                && query.after() == null
                && understood.isPlain()
                && understood.wordTerms().size() >= SENTENCE_WORDS) {
            return withSomeOfTheWords(viewer, query, understood, result, size)
                    .with(notice, correction, null)
                    .withBroaderIfAdded(result.hits().size());
        }
        if (result.total() > 0 || query.after() != null) {
            return result.with(notice, correction, null);
        }
        if (!query.types().isEmpty()
                || !query.departments().isEmpty()
                || !query.years().isEmpty()
                || !query.tags().isEmpty()) {
            long without = count(
                    ArchiveQueries.text(understood, ArchiveQueries.MINIMUM_SHOULD_MATCH),
                    List.of(ArchiveAccess.filter(viewer)));
            if (without > 0) {
                return result.with(notice, correction, new Broader(Broader.Kind.WITHOUT_FILTERS, without));
            }
        }
        if (understood.isSyntax()) {
            UnderstoodQuery words = queries.plain(understood.text(), notice);
            if (words.isPlain()) {
                ArchiveSearchResult plain =
                        result(viewer, query, execute(queries.search(index.alias(), viewer, query, words, "1")));
                if (plain.total() > 0) {
                    return plain.with(notice, correction, new Broader(Broader.Kind.PLAIN_WORDS, plain.total()));
                }
            }
        } else if (understood.isPlain() && understood.terms().size() > 1) {
            ArchiveSearchResult any =
                    result(viewer, query, execute(queries.search(index.alias(), viewer, query, understood, "1")));
            if (any.total() > 0) {
                return any.with(notice, correction, new Broader(Broader.Kind.ANY_WORD, any.total()));
            }
        }
        return result.with(notice, correction, null);
    }

    /**
     * Words and meaning, fused: the words' ranking and the nearest documents by meaning (kNN over the passage
     * embeddings, inside the same filter of access and facets), each {@code candidates} deep, in reciprocal rank
     * fusion; past them the words' ranking goes on without the documents already shown. Facet counts are those of
     * the words. Null when the model cannot be reached (the words alone then rank) or nothing was found.
     */
    private @Nullable ArchiveSearchResult hybrid(Viewer viewer, ArchiveQuery query, UnderstoodQuery understood) {
        float[] vector;
        try {
            vector = queryVectors.computeIfAbsent(
                    understood.words(), words -> embedder.embed(List.of(words)).getFirst());
        } catch (EmbeddingUnavailableException e) {
            log.warn("Archive search ranks by words alone: {}", e.getMessage());
            return null;
        }
        int window = Math.max(1, embedding.candidates());
        int size = Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE);
        int from = Math.max(0, query.page()) * size;
        SearchResponse<Map> words =
                execute(queries.search(index.alias(), viewer, query.withPage(0, window), understood));
        SearchResponse<Map> meaning = execute(queries.nearest(
                index.alias(),
                viewer,
                query,
                understood,
                vector,
                window,
                embedding.minSimilarity(),
                embedder.modelId(),
                embedding.languages()));
        Map<Long, ArchiveHit> byId = new java.util.HashMap<>();
        List<Long> byWords = new ArrayList<>();
        List<Long> byMeaning = new ArrayList<>();
        words.hits().hits().stream().map(ArchiveSearchService::hit).forEach(hit -> {
            byWords.add(hit.id());
            byId.put(hit.id(), hit);
        });
        meaning.hits().hits().stream().map(ArchiveSearchService::hit).forEach(hit -> {
            byMeaning.add(hit.id());
            byId.putIfAbsent(hit.id(), hit);
        });
        List<Long> fused = ReciprocalRankFusion.fuse(List.of(byWords, byMeaning));
        if (fused.isEmpty()) {
            return null;
        }
        long wordsTotal = words.hits().total() == null
                ? byWords.size()
                : words.hits().total().value();
        long total = wordsTotal
                + byMeaning.stream().filter(id -> !byWords.contains(id)).count();
        List<ArchiveHit> page = new ArrayList<>();
        for (int i = from; i < Math.min(from + size, fused.size()); i++) {
            page.add(byId.get(fused.get(i)));
        }
        if (page.size() < size && wordsTotal > byWords.size()) {
            int beyondFrom = Math.max(0, from - fused.size());
            execute(queries.beyond(
                            index.alias(),
                            viewer,
                            query,
                            understood,
                            fused,
                            beyondFrom,
                            size - page.size(),
                            ArchiveQueries.MINIMUM_SHOULD_MATCH))
                    .hits()
                    .hits()
                    .stream()
                    .map(ArchiveSearchService::hit)
                    .forEach(page::add);
        }
        List<ArchiveHit> visible = stillVisible(viewer, page);
        Map<String, Aggregate> aggregations = words.aggregations();
        String next = from + size < total && page.size() == size ? PAGE_CURSOR + (query.page() + 1) : null;
        return new ArchiveSearchResult(
                total,
                visible,
                new ArchiveSearchResult.Facets(
                        counts(aggregations.get("types")), counts(aggregations.get("departments")),
                        counts(aggregations.get("years")), counts(aggregations.get("tags"))),
                next,
                understood.notice(),
                correction(viewer, understood, words),
                null);
    }

    private static int pageOf(String cursor) {
        try {
            return Math.max(0, Integer.parseInt(cursor.substring(PAGE_CURSOR.length())));
        } catch (NumberFormatException e) {
            throw new InvalidArchiveQueryException(
                    Problem.BAD_CURSOR, "The page cursor is not valid; start the search again");
        }
    }

    /**
     * A first page that the documents with enough of the words do not fill, filled up with those that have some of
     * them, after them (so a long sentence still finds the document that shares only three of its eight words).
     */
    private ArchiveSearchResult withSomeOfTheWords(
            Viewer viewer, ArchiveQuery query, UnderstoodQuery understood, ArchiveSearchResult enough, int size) {
        List<Long> shown = enough.hits().stream().map(ArchiveHit::id).toList();
        List<ArchiveHit> more = stillVisible(
                viewer,
                execute(queries.beyond(index.alias(), viewer, query, understood, shown, 0, size - shown.size(), "1"))
                        .hits()
                        .hits()
                        .stream()
                        .map(ArchiveSearchService::hit)
                        .toList());
        List<ArchiveHit> hits = new ArrayList<>(enough.hits());
        hits.addAll(more);
        return new ArchiveSearchResult(enough.total() + more.size(), hits, enough.facets(), null, null, null, null);
    }

    private ArchiveSearchResult result(Viewer viewer, ArchiveQuery query, SearchResponse<Map> response) {
        List<ArchiveHit> hits = stillVisible(
                viewer,
                response.hits().hits().stream().map(ArchiveSearchService::hit).toList());
        long total = response.hits().total() == null
                ? hits.size()
                : response.hits().total().value();
        List<Hit<Map>> raw = response.hits().hits();
        String next = raw.size() < Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE)
                ? null
                : ArchiveQueries.encodeCursor(raw.getLast().sort());
        Map<String, Aggregate> aggregations = response.aggregations();
        return new ArchiveSearchResult(
                total,
                hits,
                new ArchiveSearchResult.Facets(
                        counts(aggregations.get("types")), counts(aggregations.get("departments")),
                        counts(aggregations.get("years")), counts(aggregations.get("tags"))),
                next,
                null,
                null,
                null);
    }

    /**
     * The typed words with each word that no document has replaced by the nearest spelling the index knows, if
     * some document the viewer may see has all the replacements: the spellings come from the whole index, so one
     * that only an internal document has is never offered to someone who may not see it.
     */
    private @Nullable String correction(Viewer viewer, UnderstoodQuery understood, SearchResponse<Map> response) {
        List<Suggestion<Map>> suggestions = response.suggest().get(ArchiveQueries.SPELLING);
        if (!understood.isPlain() || suggestions == null) {
            return null;
        }
        String words = understood.words();
        StringBuilder corrected = new StringBuilder();
        List<String> replacements = new ArrayList<>();
        int last = 0;
        for (Suggestion<Map> suggestion : suggestions) {
            if (!suggestion.isTerm() || suggestion.term().options().isEmpty()) {
                continue;
            }
            TermSuggest term = suggestion.term();
            String typedWord = words.substring(term.offset(), term.offset() + term.length());
            String replacement = HangulSpelling.nearest(
                            typedWord,
                            term.options().stream().map(TermSuggestOption::text).toList())
                    .orElseThrow();
            List<String> typed = korean.queryTerms(typedWord);
            if (typed.isEmpty() || typed.equals(korean.queryTerms(replacement))) {
                continue; // a question word, or only another ending of the same word (대책은 → 대책): not a correction
            }
            corrected.append(words, last, term.offset()).append(replacement);
            replacements.add(replacement);
            last = term.offset() + term.length();
        }
        if (replacements.isEmpty()) {
            return null;
        }
        corrected.append(words.substring(last));
        Query all = Query.of(q -> q.match(m -> m.field("content")
                .query(String.join(" ", replacements))
                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)));
        return count(all, List.of(ArchiveAccess.filter(viewer))) > 0 ? corrected.toString() : null;
    }

    private long count(Query text, List<Query> filters) {
        try {
            return client.count(c -> c.index(index.alias())
                            .query(q -> q.bool(b -> b.must(text).filter(filters))))
                    .count();
        } catch (ElasticsearchException | IOException e) {
            log.warn("Archive count failed: {}", e.getMessage());
            throw new ArchiveUnavailableException("The archive search is not available right now", e);
        }
    }

    /** Items like this one (more_like_this over title and text), among those the viewer may see. */
    public List<ArchiveHit> similar(Viewer viewer, long itemId, int size) {
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .size(Math.clamp(size, 1, 50))
                .source(src -> src.filter(f -> f.includes(ArchiveQueries.SOURCE)))
                .query(q ->
                        q.bool(b -> b.must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "content", "content_morph")
                                        .like(l -> l.document(
                                                d -> d.index(index.alias()).id(Long.toString(itemId))))
                                        .minTermFreq(1)
                                        .minDocFreq(1)
                                        .maxQueryTerms(40)
                                        .minimumShouldMatch("20%")))
                                .filter(ArchiveAccess.filter(viewer)))));
        return stillVisible(
                viewer,
                execute(request).hits().hits().stream()
                        .map(ArchiveSearchService::hit)
                        .toList());
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
                .query(q ->
                        q.bool(b -> b.must(m -> m.prefix(p -> p.field("suggest").value(key)))
                                .filter(ArchiveAccess.filter(viewer)))));
        Set<String> suggestions = new LinkedHashSet<>();
        List<Hit<Map>> found = execute(request).hits().hits();
        Set<Long> visible = visibleIds(
                viewer,
                found.stream()
                        .map(hit -> ((Number) hit.source().get("id")).longValue())
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
                tags.stream()
                        .map(String::valueOf)
                        .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(key))
                        .forEach(suggestions::add);
            }
        }
        return suggestions.stream()
                .sorted((a, b) -> Integer.compare(a.length(), b.length()))
                .limit(size)
                .toList();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private SearchResponse<Map> execute(SearchRequest request) {
        try {
            return client.search(request, Map.class);
        } catch (ElasticsearchException e) {
            // Elasticsearch's own words stay in the log: they name fields, analyzers and internals
            if (e.status() == 400) {
                log.info("Archive query refused by Elasticsearch: {}", rootReason(e));
                throw new InvalidArchiveQueryException(
                        InvalidArchiveQueryException.Problem.NOT_UNDERSTOOD,
                        "The query could not be understood; check quotes, brackets and AND/OR/NOT");
            }
            if (e.status() == 404) {
                throw new ArchiveUnavailableException(
                        "The archive index does not exist yet; it is created with the first item", e);
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
            aggregate
                    .sterms()
                    .buckets()
                    .array()
                    .forEach(bucket -> counts.add(
                            new ArchiveSearchResult.FacetCount(bucket.key().stringValue(), bucket.docCount())));
        } else if (aggregate.isLterms()) {
            aggregate
                    .lterms()
                    .buckets()
                    .array()
                    .forEach(bucket -> counts.add(
                            new ArchiveSearchResult.FacetCount(Long.toString(bucket.key()), bucket.docCount())));
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
        List<String> tags = source.get("tags") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
        return new ArchiveHit(
                ((Number) source.get("id")).longValue(),
                title,
                ArchiveItemType.valueOf(String.valueOf(source.get("type"))),
                String.valueOf(source.get("department")),
                LocalDate.parse(String.valueOf(source.get("issued_on"))),
                tags,
                String.valueOf(source.get("language")),
                DisclosureClass.valueOf(String.valueOf(source.get("disclosure"))),
                titleHtml,
                HighlightMarks.toHtml(snippet),
                hit.score() == null ? 0 : hit.score());
    }

    private static String first(List<String> fragments, String otherwise) {
        return fragments == null || fragments.isEmpty() ? otherwise : fragments.getFirst();
    }
}
