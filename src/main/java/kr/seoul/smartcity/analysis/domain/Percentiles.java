package kr.seoul.smartcity.analysis.domain;

import java.util.List;

/** Medians and higher percentiles of measured times, the way response times are reported. */
public final class Percentiles {

    private Percentiles() {}

    /**
     * The value below which {@code percent} of the values lie (nearest rank: the smallest value with at least that
     * share of the values at or below it), or NaN for none.
     */
    public static double of(List<Double> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
