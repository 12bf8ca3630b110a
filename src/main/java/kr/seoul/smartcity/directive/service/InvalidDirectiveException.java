package kr.seoul.smartcity.directive.service;

import java.util.List;

/** A directive, step or report that cannot be taken as written; each key names one problem for the UI. */
public class InvalidDirectiveException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidDirectiveException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
