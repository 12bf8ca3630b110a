package kr.seoul.smartcity.archive.service;

import java.util.List;

import kr.seoul.smartcity.archive.service.InvalidArchiveQueryException.Problem;

/**
 * Something about the search box's text worth telling the reader while the search still runs: it was too long and
 * was cut, or it looked like syntax that was not complete ({@code title:} with nothing after it) and was searched as
 * plain words. A screen shows {@code archive.syntax.<problem>} with {@link #arguments()}; the open data API
 * returns {@link #message()}.
 */
public record QueryNotice(Problem problem, String message, List<Object> arguments) {

    static QueryNotice of(InvalidArchiveQueryException e) {
        return new QueryNotice(e.problem(), e.getMessage(), List.of(e.arguments()));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
