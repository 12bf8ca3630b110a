package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.security.service.Viewer;

/** Builds the archive's search requests; pure, so that paging and access can be unit-tested. */
final class ArchiveQueries {

    static final List<String> SOURCE =
            List.of("id", "title", "type", "department", "issued_on", "tags", "language", "disclosure");

    /**
     * How far into a document's text the highlighter reads: one huge document must neither fail a search (past the
     * index's limit Elasticsearch refuses the whole request) nor slow it down. Matches further in are still found,
     * only not marked in the snippet.
     */
    static final int MAX_HIGHLIGHTED_CHARACTERS = 100_000;

    /**
     * How many of a plain query's words (those that name something) a document needs: both of two, all but one of
     * three or four, all but two of five or six, 60 % of a longer sentence (which has words the answer need not
     * repeat, and should still not bring up every document sharing one of them). When none has that many, the search
     * is repeated with any of the words, and the page says so.
     */
    static final String MINIMUM_SHOULD_MATCH = "2<-1 4<-2 6<60%";

    private final ArchiveQueryReader reader;

    ArchiveQueries(ArchiveQueryReader reader) {
        this.reader = reader;
    }

    UnderstoodQuery read(String text) {
        return reader.read(text);
    }

    UnderstoodQuery plain(String text, QueryNotice notice) {
        return reader.plain(text, notice);
    }

    SearchRequest search(String index, Viewer viewer, ArchiveQuery query) {
        return search(index, viewer, query, reader.read(query.text()));
    }

    SearchRequest search(String index, Viewer viewer, ArchiveQuery query, UnderstoodQuery understood) {
        return search(index, viewer, query, understood, MINIMUM_SHOULD_MATCH);
    }

    /** The search with a plain query's terms needed as {@code minimumShouldMatch} says ("1": any of them). */
    SearchRequest search(
            String index, Viewer viewer, ArchiveQuery query, UnderstoodQuery understood, String minimumShouldMatch) {
        int size = Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE);
        int from = Math.max(0, query.page()) * size;
        if (query.after() == null && from + size > ArchiveQuery.MAX_WINDOW) {
            throw new InvalidArchiveQueryException(
                    InvalidArchiveQueryException.Problem.TOO_DEEP,
                    "Pages go " + ArchiveQuery.MAX_WINDOW
                            + " hits deep; go further with the cursor of the previous page (after=...)",
                    ArchiveQuery.MAX_WINDOW);
        }
        return request(
                index, query, text(understood, minimumShouldMatch), filters(viewer, query), size, from, understood);
    }

    private static SearchRequest request(
            String index,
            ArchiveQuery query,
            Query text,
            List<Query> filters,
            int size,
            int from,
            UnderstoodQuery understood) {
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(q -> q.bool(b -> b.must(text).filter(filters)))
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SOURCE)))
                    .highlight(highlight(null, understood))
                    .aggregations("types", a -> a.terms(t -> t.field("type").size(20)))
                    .aggregations(
                            "departments",
                            a -> a.terms(t -> t.field("department").size(50)))
                    .aggregations("years", a -> a.terms(t -> t.field("year").size(50)))
                    .aggregations("tags", a -> a.terms(t -> t.field("tags").size(30)));
            if (query.sort() == ArchiveQuery.Sort.DATE) {
                s.sort(o -> o.field(f -> f.field("issued_on").order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)));
            } else {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                s.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            }
            if (query.after() != null) {
                s.searchAfter(decodeCursor(query.after(), query.sort()));
            } else {
                s.from(from);
            }
            if (understood.isPlain() && query.after() == null) {
                // words that no document has get their nearest spelling, for a "did you mean"
                s.suggest(sg -> sg.text(understood.words())
                        .suggesters(
                                SPELLING,
                                f -> f.term(t -> t.field("content")
                                        .suggestMode(SuggestMode.Missing)
                                        .maxEdits(2)
                                        .prefixLength(1)
                                        .minWordLength(2)
                                        .size(SPELLING_CANDIDATES))));
            }
            return s;
        });
    }

    static final String SPELLING = "spelling";
    /** Spellings asked for each word that no document has; the one nearest letter by letter is offered. */
    private static final int SPELLING_CANDIDATES = 5;

    /**
     * The words typed mark the title and the best passage of the text; a hit found by meaning alone
     * ({@code highlightQuery}: the words' query) still gets the start of its text. For plain words the marks go on
     * the words of the text that start with a term (따릉이 on 따릉이를, bicycl on bicycles), so that the snippet is
     * the text as written even when no word was typed in the very same form.
     */
    private static Highlight highlight(Query highlightQuery, UnderstoodQuery understood) {
        List<String> marked = understood.isPlain()
                ? understood.terms().stream().filter(term -> term.length() >= 2).toList()
                : List.of();
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Default)
                    .preTags(HighlightMarks.OPEN)
                    .postTags(HighlightMarks.CLOSE)
                    .type(HighlighterType.Plain)
                    .requireFieldMatch(true)
                    .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARACTERS)
                    .fields("title", f -> {
                        f.numberOfFragments(0);
                        return marked.isEmpty() ? f : f.highlightQuery(startingWith("title", marked, understood));
                    })
                    .fields("content", f -> {
                        f.fragmentSize(180).numberOfFragments(1).noMatchSize(180);
                        return marked.isEmpty() ? f : f.highlightQuery(startingWith("content", marked, understood));
                    })
                    .fields("content_morph", f -> f.fragmentSize(180).numberOfFragments(1));
            if (highlightQuery != null) {
                h.highlightQuery(highlightQuery);
            }
            return h;
        });
    }

    /** The words of a field that are typed or start with one of the terms. */
    private static Query startingWith(String field, List<String> terms, UnderstoodQuery understood) {
        List<Query> any = new ArrayList<>();
        any.add(Query.of(q -> q.match(m -> m.field(field).query(understood.words()))));
        terms.forEach(term -> any.add(Query.of(q -> q.prefix(p -> p.field(field).value(term)))));
        return Query.of(q -> q.bool(b -> b.should(any)));
    }

    /**
     * The nearest documents by meaning: kNN over the passage embeddings of the given model, inside the same filter
     * as every archive query (the viewer's access and the facets), at least {@code minSimilarity} alike, among the
     * documents in the languages the model knows (all when none are listed).
     */
    SearchRequest nearest(
            String index,
            Viewer viewer,
            ArchiveQuery query,
            UnderstoodQuery understood,
            float[] vector,
            int k,
            float minSimilarity,
            String model,
            List<String> languages) {
        List<Query> filters = filters(viewer, query);
        filters.add(Query.of(q -> q.term(t -> t.field("embedding_model").value(model))));
        if (!languages.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field("language")
                    .terms(v -> v.value(languages.stream().map(FieldValue::of).toList())))));
        }
        List<Float> values = new ArrayList<>(vector.length);
        for (float value : vector) {
            values.add(value);
        }
        return SearchRequest.of(s -> s.index(index)
                .size(k)
                .source(src -> src.filter(f -> f.includes(SOURCE)))
                .knn(knn -> knn.field("passages.vector")
                        .queryVector(values)
                        .k(k)
                        .numCandidates(Math.max(100, k * 4))
                        .similarity(minSimilarity)
                        .filter(filters))
                .highlight(highlight(text(understood, MINIMUM_SHOULD_MATCH), understood)));
    }

    /** The words' ranking beyond the documents already shown, from {@code from} on. */
    SearchRequest beyond(
            String index,
            Viewer viewer,
            ArchiveQuery query,
            UnderstoodQuery understood,
            List<Long> shown,
            int from,
            int size,
            String minimumShouldMatch) {
        List<Query> filters = filters(viewer, query);
        Query text = text(understood, minimumShouldMatch);
        List<String> ids = shown.stream().map(String::valueOf).toList();
        return SearchRequest.of(s -> s.index(index)
                .size(size)
                .from(from)
                .source(src -> src.filter(f -> f.includes(SOURCE)))
                .query(q -> q.bool(b -> b.must(text).filter(filters).mustNot(m -> m.ids(i -> i.values(ids)))))
                .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
                .highlight(highlight(null, understood)));
    }

    /** The viewer's access and the facets selected: what every query of a search is filtered by. */
    static List<Query> filters(Viewer viewer, ArchiveQuery query) {
        List<Query> filters = new ArrayList<>();
        filters.add(ArchiveAccess.filter(viewer));
        if (!query.types().isEmpty()) {
            filters.add(terms(
                    "type",
                    query.types().stream()
                            .map(ArchiveItemType::name)
                            .map(FieldValue::of)
                            .toList()));
        }
        if (!query.departments().isEmpty()) {
            filters.add(terms(
                    "department",
                    query.departments().stream().map(FieldValue::of).toList()));
        }
        if (!query.years().isEmpty()) {
            filters.add(terms(
                    "year",
                    query.years().stream()
                            .map(year -> FieldValue.of(year.longValue()))
                            .toList()));
        }
        for (String tag : query.tags()) {
            filters.add(Query.of(q -> q.term(t -> t.field("tags").value(tag))));
        }
        return filters;
    }

    /** The text query: syntax as parsed, plain words ranked as a search engine does, everything when empty. */
    static Query text(UnderstoodQuery understood, String minimumShouldMatch) {
        return switch (understood.kind()) {
            case EVERYTHING -> Query.of(q -> q.matchAll(m -> m));
            case SYNTAX -> syntax(understood.syntax());
            case PLAIN -> plain(understood.terms(), understood.wordTerms(), understood.words(), minimumShouldMatch);
        };
    }

    /** Syntax: the surface text or the morphemes, whichever matches, every word required unless OR says otherwise. */
    private static Query syntax(ArchiveQueryParser.Parsed parsed) {
        List<Query> alternatives = new ArrayList<>();
        if (!parsed.surface().isBlank()) {
            alternatives.add(queryString(parsed.surface(), ArchiveQueryParser.SURFACE_FIELDS));
        }
        if (!parsed.morph().isBlank()) {
            alternatives.add(queryString(parsed.morph(), ArchiveQueryParser.MORPH_FIELDS));
        }
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    /**
     * Plain words: BM25 over the morphemes and stems of title and text taken as one field (the title weighs three
     * times). Each word typed is one clause (all its morphemes: 서울시 is 서울 and 시), and a document needs
     * {@code minimumShouldMatch} of the words; documents with more of them (each adds its BM25), with them close
     * together in the title, and with the words in the very forms typed rank above.
     */
    static Query plain(List<String> terms, List<List<String>> wordTerms, String words, String minimumShouldMatch) {
        String joined = String.join(" ", terms);
        List<Query> perWord = wordTerms.stream()
                .map(word -> Query.of(q -> q.combinedFields(c -> c.query(String.join(" ", word))
                        .fields(ArchiveQueryParser.MORPH_FIELDS)
                        .operator(CombinedFieldsOperator.And))))
                .toList();
        Query enough = Query.of(q -> q.bool(b -> b.should(perWord).minimumShouldMatch(minimumShouldMatch)));
        // Nori may cut a word differently in a short query than in a sentence (산책로 as 산책 + 로): every word in
        // the very form typed also qualifies
        Query typed = Query.of(q -> q.multiMatch(m -> m.query(words)
                .fields("title", "content")
                .type(TextQueryType.CrossFields)
                .operator(Operator.And)));
        Query any = Query.of(q -> q.bool(b -> b.should(enough, typed).minimumShouldMatch("1")));
        List<Query> better = new ArrayList<>();
        if (terms.size() > 1) {
            // the terms close together in the title; in the text the per-word clauses already favour documents with
            // all of them (a proximity query over the whole text costs more than it changes at 100,000 documents)
            better.add(Query.of(q -> q.matchPhrase(
                    p -> p.field("title_morph").query(joined).slop(3).boost(2f))));
        }
        better.add(Query.of(q -> q.multiMatch(m -> m.query(words)
                .fields("title^2", "content")
                .type(TextQueryType.MostFields)
                .operator(Operator.Or)
                .boost(0.3f))));
        return Query.of(q -> q.bool(b -> b.must(any).should(better)));
    }

    private static Query queryString(String text, List<String> fields) {
        return Query.of(q -> q.queryString(qs -> qs.query(text)
                .fields(fields)
                .defaultOperator(Operator.And)
                .allowLeadingWildcard(false)
                .lenient(true)
                .analyzeWildcard(false)
                .fuzzyMaxExpansions(20)
                .maxDeterminizedStates(1000)
                .autoGenerateSynonymsPhraseQuery(false)));
    }

    private static Query terms(String field, List<FieldValue> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }

    static String encodeCursor(List<FieldValue> sortValues) {
        StringBuilder out = new StringBuilder();
        for (FieldValue value : sortValues) {
            if (!out.isEmpty()) {
                out.append(',');
            }
            out.append(
                    value.isDouble()
                            ? Double.toString(value.doubleValue())
                            : value.isLong() ? Long.toString(value.longValue()) : value._toJsonString());
        }
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(out.toString().getBytes());
    }

    static List<FieldValue> decodeCursor(String cursor, ArchiveQuery.Sort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor)).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            FieldValue first = sort == ArchiveQuery.Sort.RELEVANCE
                    ? FieldValue.of(Double.parseDouble(parts[0]))
                    : FieldValue.of((long) Double.parseDouble(parts[0]));
            return List.of(first, FieldValue.of(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            throw new InvalidArchiveQueryException(
                    InvalidArchiveQueryException.Problem.BAD_CURSOR,
                    "The page cursor is not valid; start the search again");
        }
    }
}
