package kr.seoul.smartcity.civic.service;

import java.util.List;

/**
 * What is wrong with a value: the CSV line it is on (0 when it was typed in), a message key {@code civic.problem.*}
 * for the screen, its arguments, and the same in English for logs and the API.
 */
public record ValueProblem(long line, String key, List<Object> arguments, String english) {

    public ValueProblem {
        arguments = List.copyOf(arguments);
    }

    static ValueProblem of(long line, String key, String english, Object... arguments) {
        return new ValueProblem(line, "civic.problem." + key, List.of(arguments), english);
    }
}
