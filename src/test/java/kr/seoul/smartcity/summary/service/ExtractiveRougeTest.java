package kr.seoul.smartcity.summary.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.seoul.smartcity.base.i18n.AppLanguage;
import kr.seoul.smartcity.base.text.AnalyzedTerms;
import kr.seoul.smartcity.summary.domain.SummaryBullet;
import kr.seoul.smartcity.summary.domain.SummaryKind;
import kr.seoul.smartcity.summary.domain.SummarySection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractive summary's overview measured against reference summaries written for the project: ROUGE-1 and
 * ROUGE-L F1 over morphemes (Nori, keeping every part of speech, so that Korean particles do not hide a match), and
 * the same for the first sentences of the document (lead baseline). Fails below the floors.
 */
class ExtractiveRougeTest {

    /** Floors set a little under the values measured when the summariser was written (see the report). */
    static final double ROUGE_1_FLOOR = 0.45;

    static final double ROUGE_L_FLOOR = 0.30;

    private static final Analyzer MORPHEMES =
            new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.NONE, java.util.Set.of(), false);
    private final ExtractiveSummariser summariser = new ExtractiveSummariser(new KoreanTerms(), Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {"dust-report", "bike-report", "flood-report"})
    void theOverviewCoversTheReferenceSummary(String name) {
        SourceDocument document = Fixtures.document(name + ".txt");
        var summary = summariser.summary(document, AppLanguage.KOREAN);
        assertThat(summary.kind()).isEqualTo(SummaryKind.EXTRACTIVE);
        List<SummaryBullet> overview = summary.section(SummarySection.OVERVIEW);
        assertThat(overview).hasSizeBetween(3, 5);
        String candidate = overview.stream().map(SummaryBullet::text).collect(Collectors.joining(" "));
        String lead = document.passages().subList(1, 1 + overview.size()).stream()
                .map(p -> p.text())
                .collect(Collectors.joining(" "));
        List<String> reference = tokens(Fixtures.text(name + ".reference.txt"));
        double r1 = rouge1(tokens(candidate), reference);
        double rl = rougeL(tokens(candidate), reference);
        System.out.printf(
                "ROUGE %s: extractive R1=%.3f RL=%.3f | lead-%d R1=%.3f RL=%.3f%n",
                name, r1, rl, overview.size(), rouge1(tokens(lead), reference), rougeL(tokens(lead), reference));
        assertThat(r1).as("ROUGE-1 F1 of " + name).isGreaterThanOrEqualTo(ROUGE_1_FLOOR);
        assertThat(rl).as("ROUGE-L F1 of " + name).isGreaterThanOrEqualTo(ROUGE_L_FLOOR);
        for (SummarySection section : SummarySection.values()) {
            summary.section(section)
                    .forEach(bullet -> assertThat(document.passageIds()).containsAll(bullet.citations()));
        }
    }

    static List<String> tokens(String text) {
        return AnalyzedTerms.of(MORPHEMES, text);
    }

    static double rouge1(List<String> candidate, List<String> reference) {
        Map<String, Integer> counts = new HashMap<>();
        reference.forEach(token -> counts.merge(token, 1, Integer::sum));
        int overlap = 0;
        for (String token : candidate) {
            Integer left = counts.get(token);
            if (left != null && left > 0) {
                overlap++;
                counts.put(token, left - 1);
            }
        }
        return f1(overlap, candidate.size(), reference.size());
    }

    static double rougeL(List<String> candidate, List<String> reference) {
        int[][] lcs = new int[candidate.size() + 1][reference.size() + 1];
        for (int i = 1; i <= candidate.size(); i++) {
            for (int j = 1; j <= reference.size(); j++) {
                lcs[i][j] = candidate.get(i - 1).equals(reference.get(j - 1))
                        ? lcs[i - 1][j - 1] + 1
                        : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return f1(lcs[candidate.size()][reference.size()], candidate.size(), reference.size());
    }

    private static double f1(int overlap, int candidate, int reference) {
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / candidate;
        double recall = (double) overlap / reference;
        return 2 * precision * recall / (precision + recall);
    }
}
