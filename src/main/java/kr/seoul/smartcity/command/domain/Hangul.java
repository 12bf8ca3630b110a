package kr.seoul.smartcity.command.domain;

import java.text.Normalizer;

/**
 * Korean letters taken apart for matching what a person typed or said: a syllable block such as 강 becomes its
 * letters ㄱㅏㅇ (so 감남구 is one letter away from 강남구, not one syllable), and its initial consonant ㄱ (초성, so
 * ㄱㄴㄱ finds 강남구). Other characters are kept as they are.
 */
public final class Hangul {

    private static final char FIRST_SYLLABLE = '가';
    private static final char LAST_SYLLABLE = '힣';
    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private static final String FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";

    private Hangul() {}

    /** Lower case, composed syllables, letters and digits only, no spaces: what two spellings are compared as. */
    public static String compact(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Every syllable block replaced by its two or three letters. */
    public static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (char c : text.toCharArray()) {
            if (isSyllable(c)) {
                int index = c - FIRST_SYLLABLE;
                out.append(INITIALS.charAt(index / (21 * 28)));
                out.append(MEDIALS.charAt(index % (21 * 28) / 28));
                int last = index % 28;
                if (last != 0) {
                    out.append(FINALS.charAt(last));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every syllable block replaced by its initial consonant (초성); other characters dropped. */
    public static String initials(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (isSyllable(c)) {
                out.append(INITIALS.charAt((c - FIRST_SYLLABLE) / (21 * 28)));
            } else if (isConsonant(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the text is made of initial consonants only, as in ㄱㄴㄱ. */
    public static boolean isInitialsOnly(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> isConsonant((char) c));
    }

    public static boolean containsSyllables(String text) {
        return text.chars().anyMatch(c -> isSyllable((char) c));
    }

    private static boolean isSyllable(char c) {
        return c >= FIRST_SYLLABLE && c <= LAST_SYLLABLE;
    }

    private static boolean isConsonant(char c) {
        return INITIALS.indexOf(c) >= 0;
    }
}
