package kr.seoul.smartcity.command.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.seoul.smartcity.base.domain.SeoulDistrict;

/**
 * Chooses what a command means among the targets its asker may reach: "강남구 미세먼지" is the fine-dust indicator for
 * 강남구, "교통 대시보드" the traffic dashboard, "call the traffic department" a call to 도시교통실, "지시: 도시교통실 …" a
 * directive with its text. The best matches come first; when nothing fits well, the nearest are offered as
 * suggestions.
 */
public final class CommandResolver {

    /** How well a match must fit to be offered as an answer rather than a suggestion. */
    static final double GOOD = 0.68;

    private static final double NEAR = 0.3;
    private static final int SHOWN = 6;
    private static final int SUGGESTED = 3;

    private CommandResolver() {}

    public static Resolution resolve(String said, List<CommandTarget> targets) {
        Resolution resolution = resolve(Phrase.of(said), targets);
        if (resolution.best().isEmpty() && resolution.phrase().verb() == Verb.CALL) {
            // "통화 기록", "call log": the call words name a screen here, not a call
            Resolution shown = resolve(Phrase.of(said, false), targets);
            if (shown.best().isPresent()) {
                return shown;
            }
        }
        return resolution;
    }

    private static Resolution resolve(Phrase phrase, List<CommandTarget> targets) {
        List<Match> scored = switch (phrase.verb()) {
            case DIRECTIVE -> directives(phrase, targets);
            case CALL, SHOW -> shown(phrase, targets);
        };
        List<Match> ranked = best(scored);
        List<Match> good = ranked.stream()
                .filter(match -> match.score() >= GOOD)
                .limit(SHOWN)
                .toList();
        if (!good.isEmpty() || phrase.allWords().isEmpty() && phrase.verb() == Verb.SHOW && !phrase.dashboard()) {
            return new Resolution(phrase, good, false);
        }
        if (phrase.dashboard() && phrase.allWords().isEmpty()) {
            return new Resolution(
                    phrase,
                    ranked.stream()
                            .filter(m -> m.target().kind() == TargetKind.DASHBOARD)
                            .limit(SHOWN)
                            .toList(),
                    false);
        }
        return new Resolution(
                phrase,
                ranked.stream()
                        .filter(match -> match.score() >= NEAR)
                        .limit(SUGGESTED)
                        .toList(),
                true);
    }

    private static List<Match> shown(Phrase phrase, List<CommandTarget> targets) {
        List<Match> matches = new ArrayList<>();
        for (CommandTarget target : targets) {
            if (target.kind().verb() != phrase.verb()) {
                continue;
            }
            String detail = phrase.verb() == Verb.CALL ? (phrase.voice() ? "VOICE" : "VIDEO") : "";
            double whole = nameScore(phrase.allRest(), target);
            if (phrase.dashboard()) {
                // "my dashboard", "교통 대시보드": the word may be part of the name itself
                whole = Math.max(
                        whole,
                        Math.max(
                                        nameScore(phrase.allRest() + " dashboard", target),
                                        nameScore(phrase.allRest() + " 대시보드", target))
                                + (target.kind() == TargetKind.DASHBOARD ? 0 : 0.1));
            }
            matches.add(new Match(target, null, phrase.period(), detail, adjusted(whole, phrase, target)));
            SeoulDistrict district = phrase.district();
            if (district != null && target.districtPath() != null) {
                double rest = phrase.words().isEmpty() ? 0 : nameScore(phrase.rest(), target);
                // the district read out of the words explains them better than a name that merely contains it
                matches.add(
                        new Match(target, district, phrase.period(), detail, adjusted(rest + 0.01, phrase, target)));
            }
            if (district != null
                    && target.kind() == TargetKind.DISTRICT
                    && target.key().equals(district.code())
                    && phrase.words().isEmpty()) {
                matches.add(new Match(target, null, phrase.period(), detail, 1));
            }
        }
        return matches;
    }

    /** "지시: 도시교통실 강남대로 정체 대응": the department is the first one to four words, the rest is the text. */
    private static List<Match> directives(Phrase phrase, List<CommandTarget> targets) {
        List<String> words = phrase.words();
        List<Match> matches = new ArrayList<>();
        for (CommandTarget target : targets) {
            if (target.kind() != TargetKind.DIRECTIVE) {
                continue;
            }
            if (target.key().isEmpty()) {
                // a directive to no department in particular: always possible, never the best guess when one is named
                matches.add(new Match(target, null, null, String.join(" ", words), GOOD));
                continue;
            }
            double best = 0;
            int used = 0;
            for (int n = 1; n <= Math.min(4, words.size()); n++) {
                String head = Phrase.withoutParticle(String.join(" ", words.subList(0, n)));
                double score = nameScore(head, target);
                if (score >= best && score > 0) {
                    best = score;
                    used = n;
                }
            }
            if (used > 0) {
                matches.add(new Match(target, null, null, String.join(" ", words.subList(used, words.size())), best));
            }
        }
        return matches;
    }

    private static double nameScore(String asked, CommandTarget target) {
        double best = 0;
        for (String name : target.names()) {
            best = Math.max(best, Similarity.of(asked, name));
        }
        return best;
    }

    private static double adjusted(double score, Phrase phrase, CommandTarget target) {
        if (phrase.dashboard()) {
            return target.kind() == TargetKind.DASHBOARD ? Math.min(1, score + 0.05) : score - 0.1;
        }
        return score;
    }

    /** The best match per place it leads to, best first; among equals the kind listed first wins. */
    private static List<Match> best(List<Match> matches) {
        Map<String, Match> byPlace = new LinkedHashMap<>();
        matches.stream()
                .sorted(Comparator.comparingDouble(Match::score)
                        .reversed()
                        .thenComparing(match -> match.target().kind().ordinal()))
                .forEach(match -> byPlace.putIfAbsent(placeOf(match), match));
        return List.copyOf(byPlace.values());
    }

    private static String placeOf(Match match) {
        String location = match.location();
        return location != null ? location : match.target().id();
    }
}
