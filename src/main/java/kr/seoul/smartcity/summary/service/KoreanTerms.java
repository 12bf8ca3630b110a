package kr.seoul.smartcity.summary.service;

import java.util.List;
import java.util.Set;

import kr.seoul.smartcity.base.text.AnalyzedTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.springframework.stereotype.Component;

/**
 * The content words of a sentence for term weighting: Lucene Nori's morphemes for Korean (particles and endings
 * dropped, so 서울시의 and 서울시는 both give 서울시), lower-cased words for Latin script without common English words.
 */
@Component
class KoreanTerms {

    private static final Set<String> ENGLISH_STOP = Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "is", "are",
            "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "as", "will", "would", "can",
            "has", "have", "had", "not", "but", "which", "their", "they", "than", "also", "more", "all", "into", "per");

    private final Analyzer analyzer = new KoreanAnalyzer();

    List<String> terms(String text) {
        return AnalyzedTerms.of(analyzer, text).stream()
                .filter(value -> !value.chars().allMatch(c -> c < 0x3000)
                        || value.length() >= 2 && !ENGLISH_STOP.contains(value))
                .toList();
    }
}
