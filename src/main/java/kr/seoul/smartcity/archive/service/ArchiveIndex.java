package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import kr.seoul.smartcity.archive.domain.ArchiveItem;
import org.springframework.stereotype.Component;

/**
 * The archive's Elasticsearch indices: versioned indices {@code <prefix>-v<n>} behind the alias {@code <prefix>},
 * one shard and no replicas (a single node). Documents carry the text twice, as written (standard analyzer) and as
 * Nori morphemes ({@code *_morph}).
 */
@Component
class ArchiveIndex {

    private static final String MAPPING = """
            {
              "settings": {"number_of_shards": 1, "number_of_replicas": 0},
              "mappings": {
                "dynamic": "strict",
                "_meta": {"analysis": %d, "embedding": "%s"},
                "properties": {
                  "id": {"type": "long"},
                  "title": {"type": "text", "fields": {"raw": {"type": "keyword", "ignore_above": 512}}},
                  "title_morph": {"type": "text"},
                  "content": {"type": "text"},
                  "content_morph": {"type": "text"},
                  "producer": {"type": "text", "fields": {"raw": {"type": "keyword", "ignore_above": 256}}},
                  "type": {"type": "keyword"},
                  "department": {"type": "keyword"},
                  "tags": {"type": "keyword"},
                  "year": {"type": "integer"},
                  "issued_on": {"type": "date", "format": "yyyy-MM-dd"},
                  "language": {"type": "keyword"},
                  "disclosure": {"type": "keyword"},
                  "restricted_roles": {"type": "keyword"},
                  "suggest": {"type": "keyword", "ignore_above": 256},
                  "embedding_model": {"type": "keyword"},
                  "passages": {"type": "nested", "properties": {
                    "vector": {"type": "dense_vector", "index": true, "similarity": "cosine"}}}
                }
              }
            }""";

    private final ElasticsearchClient client;
    private final KoreanMorphemes korean;
    private final PassageEmbedder embedder;
    private final String alias;

    ArchiveIndex(
            ElasticsearchClient client,
            KoreanMorphemes korean,
            PassageEmbedder embedder,
            ArchiveProperties properties) {
        this.client = client;
        this.korean = korean;
        this.embedder = embedder;
        this.alias = properties.index();
    }

    String alias() {
        return alias;
    }

    /** Creates the first versioned index with the alias on it, unless the alias exists. */
    void ensureAlias() throws IOException {
        if (client.indices().existsAlias(e -> e.name(alias)).value()) {
            return;
        }
        String index = nextVersion();
        create(index);
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
    }

    /**
     * Whether the index behind the alias was written with the analysis of this version of the application
     * ({@link KoreanMorphemes#ANALYSIS}); an index from before a change of dictionary or stemming must be rebuilt.
     */
    boolean analysedAsNow() throws IOException {
        for (String name : indicesBehindAlias()) {
            var mapping = client.indices()
                    .getMapping(g -> g.index(name))
                    .result()
                    .get(name)
                    .mappings();
            var analysis = mapping.meta() == null ? null : mapping.meta().get("analysis");
            if (analysis == null || analysis.to(Integer.class) != KoreanMorphemes.ANALYSIS) {
                return false;
            }
            // vectors of another model (perhaps of another length) cannot share the field: a new index is built
            var embedding = mapping.meta().get("embedding");
            if (embedder.configured()
                    && (embedding == null || !embedding.to(String.class).equals(embeddingModel()))) {
                return false;
            }
        }
        return true;
    }

    /** The indices the alias points at now. */
    Set<String> indicesBehindAlias() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(g -> g.name(alias));
        return new TreeSet<>(response.result().keySet());
    }

    /** Documents in the index behind the alias; 0 before the alias exists. */
    long count() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return 0;
        }
        return client.count(c -> c.index(alias)).count();
    }

    /** The name for a new versioned index: one more than the highest that exists. */
    String nextVersion() throws IOException {
        int highest = 0;
        for (String name : client.indices()
                .get(g -> g.index(alias + "-v*").allowNoIndices(true))
                .result()
                .keySet()) {
            try {
                highest = Math.max(highest, Integer.parseInt(name.substring(alias.length() + 2)));
            } catch (NumberFormatException e) {
                // not one of ours
            }
        }
        return alias + "-v" + (highest + 1);
    }

    /** Creates the index, noting the analysis and the embedding model its documents are written with. */
    void create(String index) throws IOException {
        String mapping = MAPPING.formatted(KoreanMorphemes.ANALYSIS, embeddingModel());
        client.indices().create(c -> c.index(index).withJson(new StringReader(mapping)));
    }

    /** The embedding model whose vectors documents carry; empty without one. */
    String embeddingModel() {
        return embedder.configured() ? embedder.modelId() : "";
    }

    /** Points the alias at {@code index} alone, atomically, and deletes the indices it pointed at before. */
    void switchAlias(String index) throws IOException {
        Set<String> old = indicesBehindAlias();
        client.indices().updateAliases(u -> {
            for (String previous : old) {
                u.actions(a -> a.remove(r -> r.index(previous).alias(alias)));
            }
            return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
        });
        for (String previous : old) {
            if (!previous.equals(index)) {
                client.indices().delete(d -> d.index(previous));
            }
        }
    }

    void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /**
     * Writes the items and deletes the ids into {@code index} in one bulk request.
     *
     * @return the ids that failed, with the reason
     */
    Map<Long, String> bulk(
            String index,
            List<ArchiveItem> items,
            Map<Long, String> texts,
            Map<Long, List<float[]>> vectors,
            List<Long> deletions)
            throws IOException {
        if (items.isEmpty() && deletions.isEmpty()) {
            return Map.of();
        }
        // wait_for: once the outbox entry is gone, the change is searchable
        BulkRequest.Builder bulk =
                new BulkRequest.Builder().refresh(index.equals(alias) ? Refresh.WaitFor : Refresh.False);
        for (ArchiveItem item : items) {
            Map<String, Object> document =
                    document(item, texts.getOrDefault(item.id(), ""), vectors.getOrDefault(item.id(), List.of()));
            bulk.operations(op ->
                    op.index(i -> i.index(index).id(Long.toString(item.id())).document(document)));
        }
        for (Long id : deletions) {
            bulk.operations(op -> op.delete(d -> d.index(index).id(Long.toString(id))));
        }
        BulkResponse response = client.bulk(bulk.build());
        Map<Long, String> failures = new LinkedHashMap<>();
        if (response.errors()) {
            for (BulkResponseItem result : response.items()) {
                if (result.error() != null && result.status() != 404) {
                    failures.put(
                            Long.parseLong(result.id()),
                            result.error().type() + ": " + result.error().reason());
                }
            }
        }
        return failures;
    }

    Map<String, Object> document(ArchiveItem item, String extractedText, List<float[]> passageVectors) {
        // title, tags and producer are repeated in the text, so that every word of a query can match in one field
        String content = (item.title() + "\n" + String.join(" ", item.tags()) + "\n" + item.producer() + "\n\n"
                        + item.summary() + "\n\n" + extractedText)
                .strip();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", item.id());
        document.put("title", item.title());
        document.put("title_morph", korean.analyse(item.title()));
        document.put("content", content);
        document.put("content_morph", korean.analyse(content));
        document.put("producer", item.producer());
        document.put("type", item.type().name());
        document.put("department", item.departmentCode());
        document.put("tags", item.tags());
        document.put("year", item.issuedOn().getYear());
        document.put("issued_on", item.issuedOn().toString());
        document.put("language", item.language().code());
        document.put("disclosure", item.disclosure().name());
        document.put(
                "restricted_roles",
                item.restrictedRoles().stream().map(Enum::name).toList());
        document.put("suggest", suggestions(item));
        if (!passageVectors.isEmpty()) {
            document.put("embedding_model", embeddingModel());
            document.put(
                    "passages",
                    passageVectors.stream()
                            .map(vector -> Map.of("vector", vector))
                            .toList());
        }
        return document;
    }

    /** Lower-cased keys for autocomplete: the title from each of its words on, and every tag. */
    static List<String> suggestions(ArchiveItem item) {
        List<String> keys = new ArrayList<>();
        String title = item.title().toLowerCase(Locale.ROOT).strip();
        String[] words = title.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            keys.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
        }
        item.tags().forEach(tag -> keys.add(tag.toLowerCase(Locale.ROOT)));
        return keys;
    }
}
