package kr.seoul.smartcity.cityfeed.service;

import java.util.List;

/** A declaration that cannot be saved, or an action the person may not take, with every reason. */
public class InvalidSourceException extends RuntimeException {

    private final List<Problem> problems;

    InvalidSourceException(List<Problem> problems) {
        super(problems.stream()
                .map(Problem::message)
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid source"));
        this.problems = List.copyOf(problems);
    }

    static InvalidSourceException of(String field, String message) {
        return new InvalidSourceException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether the action was refused for who asked rather than for what was asked. */
    public boolean refused() {
        return problems.stream().anyMatch(problem -> problem.field().equals("actor"));
    }

    /** @param field the part of the declaration the message is about ({@code actor} for a refusal) */
    public record Problem(String field, String message) {}
}
