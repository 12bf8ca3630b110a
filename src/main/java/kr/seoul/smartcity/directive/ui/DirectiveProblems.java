package kr.seoul.smartcity.directive.ui;

import java.util.function.Function;
import java.util.stream.Collectors;

import kr.seoul.smartcity.directive.service.InvalidDirectiveException;

/** What was wrong with a directive or a step on it, in the viewer's words: each problem's sentence, in order. */
final class DirectiveProblems {

    private DirectiveProblems() {}

    static String inWords(InvalidDirectiveException invalid, Function<String, String> translate) {
        return invalid.problems().stream().map(translate).collect(Collectors.joining(" "));
    }
}
