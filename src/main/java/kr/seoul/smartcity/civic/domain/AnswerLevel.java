package kr.seoul.smartcity.civic.domain;

/** Who owes a proposal an answer: nobody yet, the owning department, or the mayor. */
public enum AnswerLevel {
    NONE, DEPARTMENT, MAYOR
}
