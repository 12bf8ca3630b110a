package kr.seoul.smartcity.archive.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of the spellings an index offers for a typed word is nearest to it as a Korean reader sees it. An edit of
 * one syllable counts the same for Elasticsearch whether it changes one letter or all three (대챆 is as near to 대비
 * as to 대책); here syllables are taken apart into their letters (jamo: initial, vowel, final), so that a typo of
 * one letter wins over a different word.
 */
final class HangulSpelling {

    private static final int FIRST_SYLLABLE = 0xAC00;
    private static final int LAST_SYLLABLE = 0xD7A3;
    private static final int VOWELS = 21;
    private static final int FINALS = 28;
    /** Letters kept apart from other characters: initial, vowel and final ranges of the Hangul Jamo block. */
    private static final int INITIAL_BASE = 0x1100;

    private static final int VOWEL_BASE = 0x1161;
    private static final int FINAL_BASE = 0x11A7;

    private HangulSpelling() {}

    /** The candidate nearest to the typed word letter by letter; the first of the nearest (the index's order). */
    static Optional<String> nearest(String typed, List<String> candidates) {
        String letters = letters(typed);
        return candidates.stream().min(Comparator.comparingInt(candidate -> distance(letters, letters(candidate))));
    }

    /** The word with every Hangul syllable written as its letters. */
    static String letters(String word) {
        StringBuilder out = new StringBuilder(word.length() * 3);
        word.codePoints().forEach(c -> {
            if (c < FIRST_SYLLABLE || c > LAST_SYLLABLE) {
                out.appendCodePoint(c);
                return;
            }
            int index = c - FIRST_SYLLABLE;
            out.appendCodePoint(INITIAL_BASE + index / (VOWELS * FINALS));
            out.appendCodePoint(VOWEL_BASE + index % (VOWELS * FINALS) / FINALS);
            if (index % FINALS != 0) {
                out.appendCodePoint(FINAL_BASE + index % FINALS);
            }
        });
        return out.toString();
    }

    /** Levenshtein distance of two strings of letters. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
