package kr.seoul.smartcity.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import kr.seoul.smartcity.archive.service.ArchiveBenchAccess;
import kr.seoul.smartcity.archive.service.ArchiveBulkImport;
import kr.seoul.smartcity.archive.service.ArchiveEditor;
import kr.seoul.smartcity.archive.service.ArchiveHit;
import kr.seoul.smartcity.archive.service.ArchiveImportReport;
import kr.seoul.smartcity.archive.service.ArchiveIndexer;
import kr.seoul.smartcity.archive.service.ArchiveQuery;
import kr.seoul.smartcity.archive.service.ArchiveSearchService;
import kr.seoul.smartcity.dev.CityIntegrationTest;
import kr.seoul.smartcity.security.service.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How well the archive finds what people mean, on the relevance set in {@code bench/resources/relevance/} (documents
 * imported through the real bulk import; queries written as people ask, with the documents that answer them):
 * recall@10 and MRR of {@link ArchiveSearchService} as a citizen uses it, next to a plain Elasticsearch OR query
 * over title and text on the same index (standard analyzer, no morphology, the same disclosure filter), in one run,
 * per language and per kind of query ({@code lexical}: shares a content word with the answer; {@code semantic}:
 * only the meaning). Run: {@code ./mvnw verify -Pbench -Dit.test=ArchiveRelevanceBench}.
 */
@CityIntegrationTest
class ArchiveRelevanceBench {

    /**
     * The set: {@code relevance} (documents of a paragraph, queries of several kinds) or, with
     * {@code -Dbench.set=relevance-pairs}, the sentence pairs (a one-sentence notice and the paraphrase that should
     * find it). Run each on fresh data ({@code clean}): a set imported before stays in the index. With
     * {@code -Dbench.distractors=relevance} the other set's documents are imported too, as documents no query of
     * this set wants (a larger archive).
     */
    private static final Path SET = Path.of("bench/resources", System.getProperty("bench.set", "relevance"));

    private static final int K = 10;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArchiveBulkImport bulkImport;

    @Autowired
    ArchiveIndexer indexer;

    @Autowired
    ArchiveSearchService search;

    @Autowired
    ElasticsearchClient client;

    record Judged(String id, String language, String kind, String query, Set<String> relevant) {}

    /** Recall@10 and reciprocal rank of one query for one ranking. */
    record Score(double recall, double reciprocalRank) {}

    @Test
    void recallAndMrrNextToAPlainOrQuery() throws Exception {
        ArchiveImportReport report = bulkImport.importFolder(
                SET, SET.resolve("archive.csv"), ArchiveEditor.system("relevance-bench"), row -> {});
        assertThat(report.problem()).as("the set imports").isNull();
        String distractors = System.getProperty("bench.distractors", "");
        if (!distractors.isBlank()) {
            Path other = Path.of("bench/resources", distractors);
            assertThat(bulkImport
                            .importFolder(
                                    other,
                                    other.resolve("archive.csv"),
                                    ArchiveEditor.system("relevance-bench"),
                                    row -> {})
                            .problem())
                    .isNull();
        }
        prepareIndex();
        Map<String, String> fileByTitle = new HashMap<>();
        for (String line : csvTitles()) {
            String[] parts = line.split("\u0000");
            fileByTitle.put(parts[1], parts[0]);
        }
        List<Judged> queries = queries();
        ArchiveBenchAccess access = new ArchiveBenchAccess(context);

        Map<String, List<Score>> service = new LinkedHashMap<>();
        Map<String, List<Score>> baseline = new LinkedHashMap<>();
        int noneAnsweredEmpty = 0;
        int noneWithHelp = 0;
        List<String> misses = new ArrayList<>();
        for (Judged judged : queries) {
            var result = search.search(
                    Viewer.CITIZEN, ArchiveQuery.of(judged.query()).withPage(0, K));
            List<String> ranked = result.hits().stream()
                    .map(ArchiveHit::title)
                    .map(title -> fileOf(fileByTitle, title))
                    .toList();
            List<String> plain = plainOr(access, judged.query()).stream()
                    .map(title -> fileOf(fileByTitle, title))
                    .toList();
            if (judged.kind().equals("none")) {
                noneAnsweredEmpty += result.total() == 0 ? 1 : 0;
                noneWithHelp += result.total() == 0 && result.correction() == null ? 0 : 1;
                continue;
            }
            Score mine = score(ranked, judged.relevant());
            Score theirs = score(plain, judged.relevant());
            for (String group :
                    List.of("all", judged.language(), judged.kind(), judged.language() + " " + judged.kind())) {
                service.computeIfAbsent(group, g -> new ArrayList<>()).add(mine);
                baseline.computeIfAbsent(group, g -> new ArrayList<>()).add(theirs);
            }
            if (mine.recall() < 1) {
                misses.add(String.format(
                        "  %s %-8s recall %.2f  %s  -> %s",
                        judged.id(),
                        judged.kind(),
                        mine.recall(),
                        judged.query(),
                        ranked.stream().limit(3).toList()));
            }
        }

        StringBuilder table = new StringBuilder();
        table.append(String.format(
                "| %-14s | %7s | %-22s | %-22s | %-22s |%n",
                "Queries", "Number", "service recall@10", "plain OR recall@10", "MRR service / plain OR"));
        for (String group : service.keySet()) {
            List<Score> mine = service.get(group);
            List<Score> theirs = baseline.get(group);
            double recall = mean(mine, Score::recall);
            double plainRecall = mean(theirs, Score::recall);
            table.append(String.format(
                    "| %-14s | %7d | %.3f (%.2f× plain OR) | %-22.3f | %.3f / %.3f            |%n",
                    group,
                    mine.size(),
                    recall,
                    plainRecall == 0 ? Double.NaN : recall / plainRecall,
                    plainRecall,
                    mean(mine, Score::reciprocalRank),
                    mean(theirs, Score::reciprocalRank)));
        }
        long unanswerable =
                queries.stream().filter(q -> q.kind().equals("none")).count();
        System.out.printf(
                """

                == Archive relevance on %s, service ranked by %s: %d documents of the set (and whatever else the index holds: demo documents),
                %d judged queries (%d Korean, %d English), citizen view, top %d;
                "plain OR" = multi_match over title and content, operator OR, standard analyzer, same disclosure filter
                %s
                queries no document answers: %d, of them %d found nothing and %d had help (a spelling or broader search)
                queries the service did not fully answer (top 3 shown):
                %s
                %n""",
                SET.getFileName(),
                ranking(),
                fileByTitle.size(),
                queries.size() - unanswerable,
                queries.stream()
                        .filter(q -> q.language().equals("ko") && !q.kind().equals("none"))
                        .count(),
                queries.stream()
                        .filter(q -> q.language().equals("en") && !q.kind().equals("none"))
                        .count(),
                K,
                table,
                unanswerable,
                noneAnsweredEmpty,
                noneWithHelp,
                String.join("\n", misses));
    }

    /** Brings the index up to date with the imported set. */
    void prepareIndex() {
        indexer.drainNow();
    }

    /** What ranks the service's results in this run. */
    String ranking() {
        return search.semanticRanking() ? "words and meaning" : "words alone (no embedding model)";
    }

    /** The plain Elasticsearch OR query over title and text, in the viewer's disclosure filter: titles, ranked. */
    @SuppressWarnings("rawtypes")
    private List<String> plainOr(ArchiveBenchAccess access, String text) throws IOException {
        if (text.isBlank()) {
            return List.of();
        }
        SearchResponse<Map> response = client.search(
                s -> s.index(access.alias())
                        .size(K)
                        .source(src -> src.filter(f -> f.includes("title")))
                        .query(q -> q.bool(b -> b.must(m -> m.multiMatch(mm -> mm.query(text)
                                        .fields("title", "content")
                                        .operator(Operator.Or)))
                                .filter(access.disclosureFilter(Viewer.CITIZEN)))),
                Map.class);
        return response.hits().hits().stream()
                .map(hit -> String.valueOf(hit.source().get("title")))
                .toList();
    }

    /** The set's file of a hit, or the title of a document from elsewhere (demo documents, distractors). */
    private static String fileOf(Map<String, String> fileByTitle, String title) {
        return fileByTitle.getOrDefault(title, "other: " + title);
    }

    private static Score score(List<String> ranked, Set<String> relevant) {
        long found =
                ranked.stream().limit(K).filter(relevant::contains).distinct().count();
        double reciprocal = 0;
        for (int i = 0; i < Math.min(K, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                reciprocal = 1.0 / (i + 1);
                break;
            }
        }
        return new Score((double) found / relevant.size(), reciprocal);
    }

    private static double mean(List<Score> scores, java.util.function.ToDoubleFunction<Score> value) {
        return scores.stream().mapToDouble(value).average().orElse(Double.NaN);
    }

    /** file and title of every document of the set, separated by a NUL. */
    private static List<String> csvTitles() throws IOException {
        List<String> rows = new ArrayList<>();
        for (List<String> record :
                CsvLines.read(Files.readString(SET.resolve("archive.csv"), StandardCharsets.UTF_8))) {
            if (!record.getFirst().equals("file")) {
                rows.add(record.get(0) + "\u0000" + record.get(1));
            }
        }
        return rows;
    }

    private static List<Judged> queries() throws IOException {
        List<Judged> queries = new ArrayList<>();
        for (String line : Files.readAllLines(SET.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", -1);
            if (parts.length < 5 || parts[0].equals("id")) {
                continue;
            }
            Set<String> relevant = parts[4].isBlank()
                    ? Set.of()
                    : java.util.Arrays.stream(parts[4].split(";"))
                            .map(String::strip)
                            .collect(Collectors.toSet());
            queries.add(new Judged(parts[0], parts[1], relevant.isEmpty() ? "none" : parts[2], parts[3], relevant));
        }
        return queries;
    }

    /** A small RFC 4180 reader for the set's CSV (quoted values with commas and doubled quotes). */
    static final class CsvLines {

        static List<List<String>> read(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        value.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(value.toString());
                    value.setLength(0);
                } else if (c == '\n') {
                    record.add(value.toString().replace("\r", ""));
                    value.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    value.append(c);
                }
            }
            if (!value.isEmpty() || !record.isEmpty()) {
                record.add(value.toString());
                records.add(record);
            }
            return records;
        }
    }
}
