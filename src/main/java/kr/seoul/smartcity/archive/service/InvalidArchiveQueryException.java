package kr.seoul.smartcity.archive.service;

import java.util.List;

import kr.seoul.smartcity.base.domain.Labelled;

/**
 * A search query that cannot be understood. The message says in English what is wrong (the open data API returns it);
 * {@link #problem()} and {@link #arguments()} let a screen say the same in the reader's language.
 */
public class InvalidArchiveQueryException extends IllegalArgumentException {

    /** What is wrong; a screen shows {@code archive.syntax.<name>} with {@link #arguments()}. */
    public enum Problem implements Labelled {
        TOO_LONG,
        UNKNOWN_FIELD,
        NEEDS_VALUE,
        UNMATCHED_CLOSE,
        UNCLOSED_OPEN,
        DANGLING_OPERATOR,
        UNCLOSED_PHRASE,
        TOO_DEEP,
        BAD_CURSOR,
        NOT_UNDERSTOOD;

        @Override
        public String labelKey() {
            return "archive.syntax." + name();
        }
    }

    private final Problem problem;
    private final List<Object> arguments;

    InvalidArchiveQueryException(Problem problem, String message, Object... arguments) {
        super(message);
        this.problem = problem;
        this.arguments = List.of(arguments);
    }

    public Problem problem() {
        return problem;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
