package kr.seoul.smartcity.civic.service;

import java.util.List;

/** Values that cannot be taken, with every problem found; nothing was written. */
public class InvalidIndexValueException extends IllegalArgumentException {

    private final List<ValueProblem> problems;

    InvalidIndexValueException(List<ValueProblem> problems) {
        super(String.join(
                "; ",
                problems.stream()
                        .map(p -> (p.line() > 0 ? "line " + p.line() + ": " : "") + p.english())
                        .toList()));
        this.problems = List.copyOf(problems);
    }

    InvalidIndexValueException(ValueProblem problem) {
        this(List.of(problem));
    }

    public List<ValueProblem> problems() {
        return problems;
    }
}
