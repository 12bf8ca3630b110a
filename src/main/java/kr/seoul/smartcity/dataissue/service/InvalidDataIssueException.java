package kr.seoul.smartcity.dataissue.service;

import java.util.List;
import java.util.Optional;

/** A report or answer that cannot be taken as written: every field to fix, with its problem. */
public class InvalidDataIssueException extends IllegalArgumentException {

    private final List<DataIssueProblem> problems;

    InvalidDataIssueException(List<DataIssueProblem> problems) {
        super(String.join("; ", problems.stream().map(DataIssueProblem::english).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<DataIssueProblem> problems() {
        return problems;
    }

    /** The problem of one field, if it has one. */
    public Optional<DataIssueProblem> problem(String field) {
        return problems.stream()
                .filter(problem -> problem.field().equals(field))
                .findFirst();
    }
}
