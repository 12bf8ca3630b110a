package kr.seoul.smartcity.bench.live;

import java.util.ArrayList;
import java.util.List;

/**
 * What a benchmark started one by one (instances, proxies): closed together, in the reverse order of their start,
 * each even if another fails to close.
 */
final class Started<T extends AutoCloseable> implements AutoCloseable {

    private final List<T> all = new ArrayList<>();

    T add(T started) {
        all.add(started);
        return started;
    }

    List<T> all() {
        return List.copyOf(all);
    }

    @Override
    public void close() throws Exception {
        Exception failure = null;
        for (T started : all.reversed()) {
            try {
                started.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        all.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
