package kr.seoul.smartcity.archive.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads the search box as a person means it. Plain text is always a valid query: only text that uses the syntax
 * in a well-formed way (a closed {@code "phrase"}, {@code AND}/{@code OR}/{@code NOT} in capitals between words,
 * brackets, {@code +word}/{@code -word}, {@code word*}, {@code field:value}) is read as syntax; everything else,
 * and syntax that does not parse, is searched as plain words. Where the text clearly meant syntax but is
 * incomplete ({@code title:} with nothing after it, an unknown field, a dangling {@code AND}) the result carries a
 * notice saying so, next to the plain-word results. A text longer than {@link ArchiveQueryParser#MAX_LENGTH} is cut
 * there, with a notice.
 */
final class ArchiveQueryReader {

    private static final Pattern SYNTAX = Pattern.compile(
            "\"[^\"]*[\\p{L}\\p{N}][^\"]*\"" // a closed phrase
                    + "|(?:^|\\s)(?:AND|OR|NOT)(?=\\s|$)" // operators in capitals
                    + "|(?:^|[\\s(])[+-][\\p{L}\"(]" // a required or excluded word
                    + "|[\\p{L}\\p{N}]\\*(?=[\\s)]|$)" // a prefix
                    + "|(?:^|[\\s(+-])[A-Za-z_]+:" // field:value
                    + "|[()]");

    /** Problems that show the text meant syntax: said to the reader, next to the plain-word results. */
    private static final Set<Problem> MEANT_SYNTAX =
            Set.of(Problem.NEEDS_VALUE, Problem.UNKNOWN_FIELD, Problem.DANGLING_OPERATOR);

    private static final Pattern FIELD_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_])([A-Za-z_]+):");

    private final ArchiveQueryParser parser;
    private final KoreanMorphemes korean;

    ArchiveQueryReader(ArchiveQueryParser parser, KoreanMorphemes korean) {
        this.parser = parser;
        this.korean = korean;
    }

    UnderstoodQuery read(@Nullable String query) {
        String text = query == null ? "" : query.strip();
        QueryNotice notice = null;
        if (text.length() > ArchiveQueryParser.MAX_LENGTH) {
            text = text.substring(0, ArchiveQueryParser.MAX_LENGTH);
            notice = new QueryNotice(
                    Problem.TOO_LONG,
                    "The query was cut to its first " + ArchiveQueryParser.MAX_LENGTH + " characters",
                    List.of(ArchiveQueryParser.MAX_LENGTH));
        }
        if (text.isEmpty()) {
            return UnderstoodQuery.everything(notice);
        }
        if (SYNTAX.matcher(text).find()) {
            try {
                return new UnderstoodQuery(
                        UnderstoodQuery.Kind.SYNTAX, text, parser.parse(text), List.of(), text, notice);
            } catch (InvalidArchiveQueryException e) {
                return plain(text, MEANT_SYNTAX.contains(e.problem()) ? QueryNotice.of(e) : notice);
            }
        }
        return plain(text, notice);
    }

    /** The text as plain words, whatever syntax it has; a field name that was not used as one is left out. */
    UnderstoodQuery plain(String text, @Nullable QueryNotice notice) {
        String words = wordsOf(withoutFieldNames(text));
        List<List<String>> wordTerms = new ArrayList<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words.split(" ")) {
            List<String> of =
                    korean.queryTerms(word).stream().filter(terms::add).toList();
            if (!of.isEmpty()) {
                wordTerms.add(of);
            }
        }
        if (terms.isEmpty()) {
            // nothing but question words: search them as they are
            for (String term : korean.allTerms(words)) {
                if (terms.add(term)) {
                    wordTerms.add(List.of(term));
                }
            }
        }
        if (terms.isEmpty()) {
            return UnderstoodQuery.everything(notice);
        }
        return new UnderstoodQuery(UnderstoodQuery.Kind.PLAIN, text, null, wordTerms, words, notice);
    }

    private static String withoutFieldNames(String text) {
        Matcher field = FIELD_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (field.find()) {
            boolean known = ArchiveQueryParser.FIELDS.containsKey(field.group(1).toLowerCase(java.util.Locale.ROOT));
            field.appendReplacement(out, known ? " " : Matcher.quoteReplacement(field.group(1)) + " ");
        }
        return field.appendTail(out).toString();
    }

    /** The letters and digits of a text, words separated by single spaces; no character of the syntax is left. */
    static String wordsOf(String text) {
        StringBuilder out = new StringBuilder();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.group());
        }
        return out.toString();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.\\-_'][\\p{L}\\p{N}]+)*");
}
