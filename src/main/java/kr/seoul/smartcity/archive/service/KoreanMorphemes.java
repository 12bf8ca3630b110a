package kr.seoul.smartcity.archive.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.base.text.AnalyzedTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.stereotype.Component;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Morphological analysis in the application (Lucene Nori for Korean, the Snowball stemmer for English), because the
 * embedded Elasticsearch has only the standard analyzer: Korean text becomes its morphemes without particles and
 * endings, joined by spaces, so that {@code 서울시의} and {@code 서울시} both become {@code 서울 시} and
 * {@code 개선했습니다} becomes {@code 개선}; English words become their stems ({@code buses} and {@code bus} both
 * {@code bus}). Documents and queries go through the same analysis, with a user dictionary of the city's own words
 * ({@code 따릉이}, {@code 미세먼지}); a query additionally loses the words that only make it a question
 * ({@link #queryTerms}).
 */
@Component
public class KoreanMorphemes {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]+");

    private static final Pattern NOT_HANGUL = Pattern.compile("[^\\uAC00-\\uD7A3\\u1100-\\u11FF\\u3130-\\u318F]+");

    /**
     * A Latin word on its own (not part of {@code tf2024} or {@code PM2.5}), three letters or more, with a
     * possessive {@code 's} that is dropped.
     */
    private static final Pattern LATIN_WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}._])([A-Za-z]{3,})(?:['\u2019][sS])?(?![\\p{L}\\p{N}_]|\\.\\p{N})");

    /** A query's words: letters and digits, with a dot or hyphen inside ({@code PM2.5}, {@code K-pop}). */
    private static final Pattern QUERY_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-_][\\p{L}\\p{N}]+)*");

    /** Parts of speech a question adds around what it asks for: pronouns, the copula, auxiliary verbs, bound nouns. */
    private static final Set<POS.Tag> QUESTION_TAGS = EnumSet.of(
            POS.Tag.NP, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.VX, POS.Tag.NNB, POS.Tag.NNBC, POS.Tag.XR, POS.Tag.XSA);

    /** Stems that make a sentence a request rather than name a subject ({@code 알려주세요}, {@code 있나요}, {@code 궁금해요}). */
    private static final Set<String> QUESTION_STEMS = Set.of(
            "있", "없", "하", "되", "알리", "알", "주", "싶", "궁금", "어떻", "어떠", "보", "좀", "뭐", "무엇", "어디", "언제", "왜", "누구");

    /** English words of a question or a request; with Lucene's English stop words. */
    private static final Set<String> ENGLISH_QUESTION_WORDS = Set.of(
            "how", "what", "when", "where", "which", "who", "why", "do", "does", "did", "can", "could", "would",
            "should", "i", "me", "my", "we", "our", "us", "you", "your", "please", "tell", "show", "find", "want",
            "know", "about", "any", "much", "many", "get", "am", "has", "have", "had", "been", "from", "its", "there",
            "here", "is", "are", "was", "were", "some", "need");

    /** Raise when the analysis of documents changes (dictionary, stemming): the index is then rebuilt on start. */
    static final int ANALYSIS = 2;

    private final Analyzer analyzer;
    private final Analyzer queryAnalyzer;

    public KoreanMorphemes() {
        UserDictionary dictionary = userDictionary();
        this.analyzer = new KoreanAnalyzer(
                dictionary,
                KoreanTokenizer.DecompoundMode.DISCARD,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS,
                false);
        Set<POS.Tag> queryStops = EnumSet.copyOf(KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS);
        queryStops.addAll(QUESTION_TAGS);
        this.queryAnalyzer = new KoreanAnalyzer(dictionary, KoreanTokenizer.DecompoundMode.DISCARD, queryStops, false);
    }

    private static UserDictionary userDictionary() {
        try (Reader reader = new InputStreamReader(
                KoreanMorphemes.class.getResourceAsStream("/archive/korean-user-dictionary.txt"),
                StandardCharsets.UTF_8)) {
            return UserDictionary.open(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> morphemes(String text) {
        return AnalyzedTerms.of(analyzer, text);
    }

    /**
     * The text for the {@code *_morph} fields: Nori reads the whole text (it needs the context of a sentence), its
     * Hangul morphemes are kept, joined by spaces; everything between runs of Hangul is kept for the standard
     * analyzer (so that {@code tf2024} or {@code PM2.5} stay one token), with English words stemmed.
     */
    public String analyse(String text) {
        return String.join(" ", pieces(analyzer, text).values());
    }

    /**
     * The words of a query that name what it looks for, analysed as documents are: morphemes and stems, without the
     * words that only make it a question or a request ({@code 뭔가요}, {@code 알려주세요}, {@code how do I}), each once.
     * Empty when the query is nothing but such words; then {@link #allTerms} is what is left.
     */
    public List<String> queryTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String piece : pieces(queryAnalyzer, text).values()) {
            Matcher word = QUERY_WORD.matcher(piece);
            while (word.find()) {
                String term = word.group().toLowerCase(Locale.ROOT);
                boolean latinLetter = term.length() == 1 && term.charAt(0) < 128 && Character.isLetter(term.charAt(0));
                if (!latinLetter
                        && !QUESTION_STEMS.contains(term)
                        && !ENGLISH_QUESTION_WORDS.contains(term)
                        && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return List.copyOf(terms);
    }

    /** Every word of a query, analysed as documents are, each once: for a query made only of question words. */
    public List<String> allTerms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher word = QUERY_WORD.matcher(analyse(text));
        while (word.find()) {
            terms.add(word.group().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(terms);
    }

    private static TreeMap<Integer, String> pieces(Analyzer analyzer, String text) {
        TreeMap<Integer, String> pieces = new TreeMap<>();
        Matcher other = NOT_HANGUL.matcher(text);
        while (other.find()) {
            pieces.put(other.start() * 2, stemEnglish(other.group()));
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (HANGUL.matcher(text.substring(offset.startOffset(), offset.endOffset()))
                        .find()) {
                    pieces.merge(offset.startOffset() * 2 + 1, term.toString(), (a, b) -> a + " " + b);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pieces;
    }

    /** English words replaced by their lower-cased Snowball stems; everything else as written. */
    static String stemEnglish(String text) {
        Matcher word = LATIN_WORD.matcher(text);
        if (!word.find()) {
            return text;
        }
        EnglishStemmer stemmer = new EnglishStemmer();
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(text, last, word.start());
            stemmer.setCurrent(word.group(1).toLowerCase(Locale.ROOT));
            stemmer.stem();
            out.append(stemmer.getCurrent());
            last = word.end();
        } while (word.find());
        return out.append(text, last, text.length()).toString();
    }
}
