package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import kr.seoul.smartcity.archive.domain.ArchiveItemType;
import kr.seoul.smartcity.security.service.Viewer;

/** Builds the archive's search requests; pure, so that paging and access can be unit-tested. */
final class ArchiveQueries {

    static final List<String> SOURCE = List.of("id", "title", "type", "department", "issued_on", "tags", "language",
            "disclosure");

    /**
     * How far into a document's text the highlighter reads: one huge document must neither fail a search (past the
     * index's limit Elasticsearch refuses the whole request) nor slow it down. Matches further in are still found,
     * only not marked in the snippet.
     */
    static final int MAX_HIGHLIGHTED_CHARACTERS = 100_000;

    private final ArchiveQueryParser parser;

    ArchiveQueries(ArchiveQueryParser parser) {
        this.parser = parser;
    }

    SearchRequest search(String index, Viewer viewer, ArchiveQuery query) {
        int size = Math.clamp(query.size(), 1, ArchiveQuery.MAX_SIZE);
        int from = Math.max(0, query.page()) * size;
        if (query.after() == null && from + size > ArchiveQuery.MAX_WINDOW) {
            throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Problem.TOO_DEEP, "Pages go "
                    + ArchiveQuery.MAX_WINDOW + " hits deep; go further with the cursor of the previous page (after=...)",
                    ArchiveQuery.MAX_WINDOW);
        }
        Query text = text(query.text());
        List<Query> filters = new ArrayList<>();
        filters.add(ArchiveAccess.filter(viewer));
        if (!query.types().isEmpty()) {
            filters.add(terms("type", query.types().stream().map(ArchiveItemType::name).map(FieldValue::of).toList()));
        }
        if (!query.departments().isEmpty()) {
            filters.add(terms("department", query.departments().stream().map(FieldValue::of).toList()));
        }
        if (!query.years().isEmpty()) {
            filters.add(terms("year", query.years().stream().map(year -> FieldValue.of(year.longValue())).toList()));
        }
        for (String tag : query.tags()) {
            filters.add(Query.of(q -> q.term(t -> t.field("tags").value(tag))));
        }
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(q -> q.bool(b -> b.must(text).filter(filters)))
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SOURCE)))
                    .highlight(h -> h.encoder(HighlighterEncoder.Default)
                            .preTags(HighlightMarks.OPEN).postTags(HighlightMarks.CLOSE)
                            .type(HighlighterType.Plain).requireFieldMatch(true)
                            .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARACTERS)
                            .fields("title", f -> f.numberOfFragments(0))
                            .fields("content", f -> f.fragmentSize(180).numberOfFragments(1).noMatchSize(180))
                            .fields("content_morph", f -> f.fragmentSize(180).numberOfFragments(1)))
                    .aggregations("types", a -> a.terms(t -> t.field("type").size(20)))
                    .aggregations("departments", a -> a.terms(t -> t.field("department").size(50)))
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
            return s;
        });
    }

    /** The text query: surface text or morphemes, whichever matches; everything when empty. */
    Query text(String text) {
        if (text == null || text.isBlank()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        ArchiveQueryParser.Parsed parsed = parser.parse(text.strip());
        List<Query> alternatives = new ArrayList<>();
        if (!parsed.surface().isBlank()) {
            alternatives.add(queryString(parsed.surface(), ArchiveQueryParser.SURFACE_FIELDS));
        }
        if (!parsed.morph().isBlank()) {
            alternatives.add(queryString(parsed.morph(), ArchiveQueryParser.MORPH_FIELDS));
        }
        return Query.of(q -> q.bool(b -> b.should(alternatives).minimumShouldMatch("1")));
    }

    private static Query queryString(String text, List<String> fields) {
        return Query.of(q -> q.queryString(qs -> qs.query(text).fields(fields).defaultOperator(Operator.And)
                .allowLeadingWildcard(false).lenient(true).analyzeWildcard(false).fuzzyMaxExpansions(20)
                .maxDeterminizedStates(1000).autoGenerateSynonymsPhraseQuery(false)));
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
            out.append(value.isDouble() ? Double.toString(value.doubleValue()) : value.isLong()
                    ? Long.toString(value.longValue()) : value._toJsonString());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out.toString().getBytes());
    }

    static List<FieldValue> decodeCursor(String cursor, ArchiveQuery.Sort sort) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor)).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            FieldValue first = sort == ArchiveQuery.Sort.RELEVANCE ? FieldValue.of(Double.parseDouble(parts[0]))
                    : FieldValue.of((long) Double.parseDouble(parts[0]));
            return List.of(first, FieldValue.of(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            throw new InvalidArchiveQueryException(InvalidArchiveQueryException.Problem.BAD_CURSOR,
                    "The page cursor is not valid; start the search again");
        }
    }
}
