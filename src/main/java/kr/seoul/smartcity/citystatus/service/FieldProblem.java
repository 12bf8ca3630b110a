package kr.seoul.smartcity.citystatus.service;

import java.util.List;

/**
 * What is wrong with one field of an indicator or area: the field's name (as in {@link IndicatorDraft}), a message
 * key {@code catalogue.problem.*} for the screen with its arguments, and the same in English for the API and logs.
 */
public record FieldProblem(String field, String key, List<Object> arguments, String english) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String key, String english, Object... arguments) {
        return new FieldProblem(field, "catalogue.problem." + key, List.of(arguments), english);
    }
}
