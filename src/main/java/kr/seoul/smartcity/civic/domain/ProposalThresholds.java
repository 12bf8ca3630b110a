package kr.seoul.smartcity.civic.domain;

/** How many supports call for an answer from the department, and how many for one from the mayor. */
public record ProposalThresholds(int department, int mayor) {

    public ProposalThresholds {
        if (department < 1 || mayor <= department) {
            throw new IllegalArgumentException(
                    "Thresholds must be 1 <= department < mayor: " + department + ", " + mayor);
        }
    }

    public AnswerLevel levelFor(int supports) {
        return supports >= mayor
                ? AnswerLevel.MAYOR
                : supports >= department ? AnswerLevel.DEPARTMENT : AnswerLevel.NONE;
    }

    /** The next threshold above these supports, or the mayor's once it is passed. */
    public int next(int supports) {
        return supports < department ? department : mayor;
    }
}
