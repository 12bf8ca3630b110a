package kr.seoul.smartcity.bench.live;

import java.util.function.IntFunction;

/**
 * Who opens the push benchmarks' UIs: citizens on the home dashboard, and every {@code staffEvery}th UI (by its
 * overall index) signed in as {@code staff}. A value, so that client processes of their own apply the same mix.
 */
record VisitorMix(int staffEvery, String staff) implements IntFunction<LoadClient.Visitor> {

    @Override
    public LoadClient.Visitor apply(int index) {
        return index % staffEvery == staffEvery - 1 ? LoadClient.Visitor.staff("", staff)
                : LoadClient.Visitor.citizen("");
    }
}
