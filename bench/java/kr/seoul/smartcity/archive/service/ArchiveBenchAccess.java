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
    private final String alias;

    public ArchiveBenchAccess(ApplicationContext context) {
        this.queries = new ArchiveQueries(new ArchiveQueryParser(context.getBean(KoreanMorphemes.class)));
        this.alias = context.getBean(ArchiveIndex.class).alias();
    }

    public SearchRequest request(Viewer viewer, ArchiveQuery query) {
        return queries.search(alias, viewer, query);
    }

    public String alias() {
        return alias;
    }
}
