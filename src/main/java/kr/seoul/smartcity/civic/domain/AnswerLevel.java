package kr.seoul.smartcity.civic.domain;

import kr.seoul.smartcity.base.domain.Labelled;

/** Who owes a proposal an answer: nobody yet, the owning department, or the mayor. */
public enum AnswerLevel implements Labelled {
    NONE,
    DEPARTMENT,
    MAYOR;

    /** Heading over the answer given at this level. */
    @Override
    public String labelKey() {
        return "civic.proposal.answer." + name();
    }

    /** The answer owed at this level, while it is awaited. */
    public String dueKey() {
        return "civic.proposal.due." + name();
    }

    /** The answer given at this level, as a badge. */
    public String answeredKey() {
        return "civic.proposal.answered." + name();
    }
}
