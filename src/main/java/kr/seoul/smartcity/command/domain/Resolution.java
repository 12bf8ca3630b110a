package kr.seoul.smartcity.command.domain;

import java.util.List;

/**
 * What a command resolved to: the matches best first, or, when nothing fitted, the nearest as suggestions.
 *
 * @param phrase the command taken apart
 * @param matches what to offer, best first
 * @param suggestions whether the matches are only the nearest guesses ("did you mean …")
 */
public record Resolution(Phrase phrase, List<Match> matches, boolean suggestions) {

    public Resolution {
        matches = List.copyOf(matches);
    }

    /** The match to run when the person just presses Enter or speaks: the best one, if it is a real answer. */
    public java.util.Optional<Match> best() {
        return suggestions || matches.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(matches.getFirst());
    }
}
