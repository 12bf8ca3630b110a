package kr.seoul.smartcity.command.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.seoul.smartcity.base.domain.SeoulDistrict;
import org.jspecify.annotations.Nullable;

/**
 * Finds the district a command names, however it is written: 강남구, 강남, 강 남구, 강남구미세먼지, Gangnam, Gangnam-gu,
 * a letter off (감남구, Gangnma) or by its initial consonants (ㄱㄴㄱ).
 */
final class Districts {

    record Found(SeoulDistrict district, List<String> rest) {}

    private Districts() {}

    static @Nullable Found find(List<String> words) {
        // whole words first, then two words written apart ("강 남구"), then a name inside a longer word
        for (int i = 0; i < words.size(); i++) {
            Optional<SeoulDistrict> exact = named(words.get(i));
            if (exact.isPresent()) {
                return new Found(exact.get(), without(words, i, i + 1, ""));
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            Optional<SeoulDistrict> joined = named(words.get(i) + words.get(i + 1));
            if (joined.isPresent()) {
                return new Found(joined.get(), without(words, i, i + 2, ""));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            for (String name : namesLongestFirst()) {
                int at = word.indexOf(name);
                if (at >= 0 && word.length() > name.length()) {
                    String left = (word.substring(0, at) + " "
                                    + Phrase.withoutParticle(word.substring(at + name.length())))
                            .strip();
                    return new Found(district(name), without(words, i, i + 1, left));
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Optional<SeoulDistrict> close = nearlyNamed(words.get(i));
            if (close.isPresent()) {
                return new Found(close.get(), without(words, i, i + 1, ""));
            }
        }
        return null;
    }

    /** The district a word names exactly, in either language, with or without 구 / -gu. */
    private static Optional<SeoulDistrict> named(String word) {
        String w = Hangul.compact(word);
        for (SeoulDistrict district : SeoulDistrict.values()) {
            if (names(district).contains(w)) {
                return Optional.of(district);
            }
        }
        if (Hangul.isInitialsOnly(w) && w.length() >= 3) {
            List<SeoulDistrict> byInitials = java.util.Arrays.stream(SeoulDistrict.values())
                    .filter(district -> Hangul.initials(district.nameKo()).equals(w))
                    .toList();
            if (byInitials.size() == 1) {
                return Optional.of(byInitials.getFirst());
            }
        }
        return Optional.empty();
    }

    /** A letter off a district's full name (감남구, gangnma-gu), when only one district is that close. */
    private static Optional<SeoulDistrict> nearlyNamed(String word) {
        String w = Hangul.compact(word);
        if (w.length() < 3) {
            return Optional.empty();
        }
        List<SeoulDistrict> close = new ArrayList<>();
        for (SeoulDistrict district : SeoulDistrict.values()) {
            boolean near = names(district).stream()
                    .filter(name -> Hangul.containsSyllables(name)
                            ? name.endsWith("구") && name.length() >= 3
                            : name.length() >= 5)
                    .anyMatch(name -> Similarity.distance(Hangul.letters(w), Hangul.letters(name)) == 1);
            if (near) {
                close.add(district);
            }
        }
        return close.size() == 1 ? Optional.of(close.getFirst()) : Optional.empty();
    }

    /** 강남구, 강남, gangnamgu, gangnam: the forms a district is named by (not one-syllable short forms such as 중). */
    static List<String> names(SeoulDistrict district) {
        String ko = district.nameKo();
        String en = Hangul.compact(district.nameEn());
        List<String> names = new ArrayList<>(List.of(ko, en));
        if (ko.length() >= 3) {
            names.add(ko.substring(0, ko.length() - 1));
        }
        if (en.endsWith("gu")) {
            names.add(en.substring(0, en.length() - 2));
        }
        return names;
    }

    private static List<String> namesLongestFirst() {
        return java.util.Arrays.stream(SeoulDistrict.values())
                .flatMap(district -> names(district).stream())
                .filter(name -> Hangul.containsSyllables(name) && name.length() >= 2)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static SeoulDistrict district(String name) {
        return java.util.Arrays.stream(SeoulDistrict.values())
                .filter(d -> names(d).contains(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> without(List<String> words, int from, int to, String replacement) {
        List<String> rest = new ArrayList<>(words.subList(0, from));
        if (!replacement.isBlank()) {
            rest.addAll(List.of(replacement.split(" ")));
        }
        rest.addAll(words.subList(to, words.size()));
        return List.copyOf(rest);
    }
}
