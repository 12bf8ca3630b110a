package kr.seoul.smartcity.citystatus.service;

import java.util.List;

/** An indicator or area that cannot be saved as given, with every problem found; nothing was written. */
public class InvalidCatalogueException extends IllegalArgumentException {

    private final List<FieldProblem> problems;

    InvalidCatalogueException(List<FieldProblem> problems) {
        super(String.join(
                "; ", problems.stream().map(p -> p.field() + ": " + p.english()).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
