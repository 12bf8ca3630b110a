package kr.seoul.smartcity.archive.service;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the search box's text was taken to mean: nothing (show everything), query syntax (parsed into the surface
 * and morpheme forms of a {@code query_string}), or plain words, with the terms that name what is looked for and
 * the words as typed ({@code wordTerms}: the terms of each word that has any, a word being the unit a query needs
 * enough of). A notice says what the reader should know about how the text was read.
 */
record UnderstoodQuery(
        Kind kind,
        String text,
        ArchiveQueryParser.@Nullable Parsed syntax,
        List<List<String>> wordTerms,
        String words,
        @Nullable QueryNotice notice) {

    enum Kind {
        EVERYTHING,
        SYNTAX,
        PLAIN
    }

    static UnderstoodQuery everything(@Nullable QueryNotice notice) {
        return new UnderstoodQuery(Kind.EVERYTHING, "", null, List.of(), "", notice);
    }

    /** Every term of the words, in order (each word's terms are distinct from the others'). */
    List<String> terms() {
        return wordTerms.stream().flatMap(List::stream).toList();
    }

    boolean isSyntax() {
        return kind == Kind.SYNTAX;
    }

    boolean isPlain() {
        return kind == Kind.PLAIN;
    }
}
