package kr.seoul.smartcity.civic.service;

import java.util.List;

/** A proposal or answer that cannot be taken: message keys ({@code civic.proposal.problem.*}) for every problem. */
public class InvalidProposalException extends IllegalArgumentException {

    private final List<String> problems;

    InvalidProposalException(List<String> problems) {
        super(String.join(", ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
