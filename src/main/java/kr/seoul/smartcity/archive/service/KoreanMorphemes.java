package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.text.AnalyzedTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.stereotype.Component;

/**
 * Korean morphological analysis in the application (Lucene Nori), because the embedded Elasticsearch has only the
 * standard analyzer: text becomes its morphemes without particles and endings, joined by spaces, so that
 * {@code 서울시의} and {@code 서울시} both become {@code 서울 시} and {@code 개선했습니다} becomes {@code 개선}. Documents and
 * queries go through the same analysis. Other scripts pass through lower-cased.
 */
@Component
public class KoreanMorphemes {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]+");

    private static final Pattern NOT_HANGUL = Pattern.compile("[^\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]+");

    private final Analyzer analyzer = new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.DISCARD,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);

    public List<String> morphemes(String text) {
        return AnalyzedTerms.of(analyzer, text);
    }

    /**
     * The text for the {@code *_morph} fields: Nori reads the whole text (it needs the context of a sentence), its
     * Hangul morphemes are kept, joined by spaces; everything between runs of Hangul is kept as written for the
     * standard analyzer (so that {@code tf2024} or {@code PM2.5} stay one token).
     */
    public String analyse(String text) {
        java.util.TreeMap<Integer, String> pieces = new java.util.TreeMap<>();
        Matcher other = NOT_HANGUL.matcher(text);
        while (other.find()) {
            pieces.put(other.start() * 2, other.group());
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (HANGUL.matcher(text.substring(offset.startOffset(), offset.endOffset())).find()) {
                    pieces.merge(offset.startOffset() * 2 + 1, term.toString(), (a, b) -> a + " " + b);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join(" ", pieces.values());
    }
}
