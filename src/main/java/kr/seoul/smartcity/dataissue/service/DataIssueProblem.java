package kr.seoul.smartcity.dataissue.service;

import java.util.List;

/**
 * What is wrong with one field of a report or an answer: the field ({@code message}, {@code answer},
 * {@code districtCode}, ...), a message key {@code data-issue.problem.*} with its arguments, and the same in English.
 */
public record DataIssueProblem(String field, String key, List<Object> arguments, String english) {

    public DataIssueProblem {
        arguments = List.copyOf(arguments);
    }

    static DataIssueProblem of(String field, String key, String english, Object... arguments) {
        return new DataIssueProblem(field, "data-issue.problem." + key, List.of(arguments), english);
    }
}
