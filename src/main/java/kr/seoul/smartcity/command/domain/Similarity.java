package kr.seoul.smartcity.command.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well what was asked fits a name, from 0 (not at all) to 1 (the same): the same name written with or without
 * spaces, a beginning of it, its initial consonants, or one or two letters off (a typo, a misheard syllable).
 */
final class Similarity {

    private Similarity() {}

    /** The closeness of the asked words to a name; both are compared compacted (no spaces, lower case). */
    static double of(String asked, String name) {
        String q = Hangul.compact(asked);
        String n = Hangul.compact(name);
        if (q.isEmpty() || n.isEmpty()) {
            return 0;
        }
        if (q.equals(n)) {
            return 1;
        }
        double best = 0;
        if (Hangul.isInitialsOnly(q)) {
            String initials = Hangul.initials(n);
            if (initials.equals(q)) {
                best = 0.9;
            } else if (q.length() >= 2 && initials.startsWith(q)) {
                best = 0.8;
            }
            return best;
        }
        int shorter = Math.min(q.length(), n.length());
        double ratio = (double) shorter / Math.max(q.length(), n.length());
        if (n.startsWith(q) && q.length() >= 2) {
            best = Math.max(best, 0.8 + 0.15 * ratio);
        } else if (n.contains(q) && q.length() >= 2) {
            best = Math.max(best, 0.72 + 0.15 * ratio);
        } else if (q.contains(n) && n.length() >= 2) {
            best = Math.max(best, 0.6 + 0.3 * ratio);
        }
        best = Math.max(best, spelling(q, n));
        best = Math.max(best, words(asked, name));
        best = Math.max(best, Math.min(0.6, 0.7 * sharedPairs(q, n)));
        return Math.min(best, 1);
    }

    /** One or two letters off: the letters of Korean syllables are compared, so 감남구 is close to 강남구. */
    private static double spelling(String q, String n) {
        String a = Hangul.letters(q);
        String b = Hangul.letters(n);
        int longest = Math.max(a.length(), b.length());
        if (longest < 3) {
            return 0;
        }
        int distance = distance(a, b);
        int allowed = longest <= 5 ? 1 : longest <= 10 ? 2 : 3;
        if (distance > allowed) {
            return 0;
        }
        return 0.9 - 0.08 * distance;
    }

    /** Words in another order or some left out: "fire incidents" for "Incidents and fires". */
    private static double words(String asked, String name) {
        List<String> q = words(asked);
        List<String> n = words(name);
        if (q.isEmpty() || n.isEmpty() || (q.size() == 1 && n.size() == 1)) {
            return 0;
        }
        int found = 0;
        for (String word : q) {
            if (n.stream().anyMatch(other -> sameWord(word, other))) {
                found++;
            }
        }
        if (found == 0) {
            return 0;
        }
        double share = (double) found / q.size();
        double covered = (double) found / n.size();
        return 0.55 + 0.25 * share + 0.15 * covered;
    }

    private static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String stemA = stem(a);
        String stemB = stem(b);
        boolean beginning = stemA.length() >= 3 && stemB.startsWith(stemA) && stemA.length() * 5 >= stemB.length() * 3;
        if (stemA.equals(stemB) || beginning) {
            return true;
        }
        int longest = Math.max(a.length(), b.length());
        return longest >= 5 && distance(Hangul.letters(a), Hangul.letters(b)) <= 1;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /**
     * How many letter pairs two names share (Dice's coefficient over the letters of their syllables): a loose
     * likeness, enough to suggest a name when nothing fits ("미세문제" → 미세먼지), never enough to choose it.
     */
    private static double sharedPairs(String q, String n) {
        List<String> a = pairs(Hangul.letters(q));
        List<String> b = new java.util.ArrayList<>(pairs(Hangul.letters(n)));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int total = a.size() + b.size();
        int shared = 0;
        for (String pair : a) {
            if (b.remove(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / total;
    }

    private static List<String> pairs(String text) {
        List<String> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    /** Levenshtein distance with adjacent transpositions (two letters swapped count as one mistake). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
