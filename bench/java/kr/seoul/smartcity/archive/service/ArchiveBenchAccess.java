package kr.seoul.smartcity.archive.service;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import kr.seoul.smartcity.security.service.Viewer;
import org.springframework.context.ApplicationContext;

/**
 * For the benchmarks only: builds the very search request {@link ArchiveSearchService#search} sends, with the
 * package-private query builder, so that the same request can be sent straight to Elasticsearch.
 */
public final class ArchiveBenchAccess {

    private final ArchiveQueries queries;
    private final ArchiveQueryParser parser;
    private final String alias;

    public ArchiveBenchAccess(ApplicationContext context) {
        KoreanMorphemes korean = context.getBean(KoreanMorphemes.class);
        this.parser = new ArchiveQueryParser(korean);
        this.queries = new ArchiveQueries(new ArchiveQueryReader(parser, korean));
        this.alias = context.getBean(ArchiveIndex.class).alias();
    }

    public SearchRequest request(Viewer viewer, ArchiveQuery query) {
        return queries.search(alias, viewer, query);
    }

    /**
     * The request the archive sent for this text before issue 16: the text as query syntax ({@code query_string}
     * over the surface and morpheme fields, every word required), without spelling suggestions. For the latency
     * comparison in one run.
     */
    public SearchRequest requestBefore(Viewer viewer, ArchiveQuery query) {
        ArchiveQueryParser.Parsed parsed =
                parser.parse(query.text().isBlank() ? "*" : query.text().strip());
        UnderstoodQuery syntax = query.text().isBlank()
                ? UnderstoodQuery.everything(null)
                : new UnderstoodQuery(
                        UnderstoodQuery.Kind.SYNTAX, query.text(), parsed, java.util.List.of(), query.text(), null);
        return queries.search(alias, viewer, query, syntax);
    }

    /** What the viewer may see, as every archive query filters it. */
    public co.elastic.clients.elasticsearch._types.query_dsl.Query disclosureFilter(Viewer viewer) {
        return ArchiveAccess.filter(viewer);
    }

    public String alias() {
        return alias;
    }
}
