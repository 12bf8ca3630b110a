package kr.seoul.smartcity.bench.live;

import java.util.function.IntFunction;

/**
 * Who opens the push benchmarks' UIs: citizens on {@code route} (the home dashboard: ""), and every
 * {@code staffEvery}th UI (by its overall index) signed in as {@code staff} on the home dashboard; none when
 * {@code staffEvery} is 0. A value, so that client processes of their own apply the same mix.
 */
record VisitorMix(int staffEvery, String staff, String route) implements IntFunction<LoadClient.Visitor> {

    @Override
    public LoadClient.Visitor apply(int index) {
        return staffEvery > 0 && index % staffEvery == staffEvery - 1
                ? LoadClient.Visitor.staff("", staff)
                : LoadClient.Visitor.citizen(route);
    }
}
